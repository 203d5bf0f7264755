namespace ComplaintsAssistant.Bot.Channel;

/// <summary>"Bot:Connector": the outbound REST client (bot-protocol.md §3).</summary>
public sealed class ConnectorOptions
{
    /// <summary>Hosts (or parent domains) the bot token may be sent to (§3.4).</summary>
    public List<string> TrustedHostSuffixes { get; set; } = [];

    /// <summary>Allow http://loopback service URLs (tests only: refused outside the Development environment); always allowed in local development mode.</summary>
    public bool AllowLoopbackHttp { get; set; }

    /// <summary>Attempts in all, for 412/429/502/503/504 only.</summary>
    public int MaxAttempts { get; set; } = 4;

    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Teams allows 7 sends per second per bot per conversation (§3.5).</summary>
    public int MessagesPerSecondPerConversation { get; set; } = 7;

    /// <summary>Teams limits each app to a number of requests per second in a tenant, across all its conversations (§3.5:
    /// 50 today, 30 in the older revision; 30 keeps to both). Held per host: with several instances, give each its share.</summary>
    public int RequestsPerSecondPerTenant { get; set; } = 30;

    /// <summary>Where a personal chat is created for someone the bot has never heard from (§3.3: public cloud
    /// <c>https://smba.trafficmanager.net/teams/</c>; GCC <c>https://smba.infra.gcc.teams.microsoft.com/teams</c>). Once
    /// Teams has answered, the service URL it gives is kept with the chat and used instead.</summary>
    public string ProactiveServiceUrl { get; set; } = "https://smba.trafficmanager.net/teams/";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The Teams hosts from bot-protocol.md §3.4, used when none are configured.</summary>
    public static IReadOnlyList<string> DefaultTrustedHostSuffixes { get; } =
    [
        "smba.trafficmanager.net",
        "smba.onyx.prod.teams.trafficmanager.net",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
        "smba.infra.dod.teams.microsoft.us",
        "frontend.botapi.msg.infra.teams.microsoftonline.cn",
        "botapi.skype.com",
        "botframework.com",
    ];
}
