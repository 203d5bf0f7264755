namespace ComplaintsAssistant.Bot.Channel;

/// <summary>"Bot:Auth": where the signing keys come from and whose tokens are accepted (bot-protocol.md §2).</summary>
public sealed class InboundAuthOptions
{
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Metadata of the single-tenant Entra issuer; <c>{tenantId}</c> is replaced.</summary>
    public string EntraMetadataUrlTemplate { get; set; } = "https://login.microsoftonline.com/{tenantId}/v2.0/.well-known/openid-configuration";

    /// <summary>
    /// App (client) ids whose Entra tokens from <c>Bot:TenantId</c> may post activities, as well as the Bot Framework
    /// channel. Empty (the default) accepts the Bot Framework issuer only, which is all Teams sends (§2.3): a caller
    /// listed here is trusted to say who the user is, so list only apps that relay the channel for the bot.
    /// </summary>
    public List<string> EntraCallerAppIds { get; set; } = [];

    /// <summary>Only tests point the metadata at plain-http loopback servers; refused outside Development.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Keys are refetched at least this often (the doc asks for at least every 24 h).</summary>
    public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Least time between two forced refetches (unknown key id).</summary>
    public TimeSpan MinimumRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);
}
