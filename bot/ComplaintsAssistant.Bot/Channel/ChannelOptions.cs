namespace ComplaintsAssistant.Bot.Channel;

/// <summary>
/// The "Bot" configuration section. With no <see cref="AppId"/> the host runs in local
/// development mode: no inbound auth (loopback callers only), no outbound token, Direct Line on.
/// </summary>
public sealed class ChannelOptions
{
    public const string Section = "Bot";

    /// <summary>Microsoft App ID of the Azure Bot; the expected token audience.</summary>
    public string? AppId { get; set; }

    /// <summary>Client secret for the connector token (keep it out of the repo).</summary>
    public string? AppPassword { get; set; }

    /// <summary>The day the client secret stops working (Entra shows it; <c>az ad app credential reset --end-date</c> sets it):
    /// the host warns 30 days ahead in its log and the officers' digest.</summary>
    public DateOnly? AppPasswordExpiresOn { get; set; }

    /// <summary>Entra tenant of a single-tenant bot; empty means the multi-tenant botframework.com authority.</summary>
    public string? TenantId { get; set; }

    /// <summary>Display name used as the bot's name in Direct Line replies.</summary>
    public string BotName { get; set; } = "Complaints Assistant";

    /// <summary>Largest accepted activity body; bigger ones get 413.</summary>
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>Invokes are answered inline and must beat Teams' 5 s limit.</summary>
    public TimeSpan InvokeTimeout { get; set; } = TimeSpan.FromSeconds(4.5);

    /// <summary>installationUpdate and conversationUpdate arrive as a pair: welcome once per conversation within this window.</summary>
    public TimeSpan WelcomeDedupeWindow { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Folder of the dev page (web/ with its node_modules); default: web/ under the content root.</summary>
    public string? DevWebRoot { get; set; }

    public InboundAuthOptions Auth { get; set; } = new();

    public ConnectorOptions Connector { get; set; } = new();

    public TurnQueueOptions Queue { get; set; } = new();

    public bool IsDevelopmentMode => string.IsNullOrWhiteSpace(AppId);
}
