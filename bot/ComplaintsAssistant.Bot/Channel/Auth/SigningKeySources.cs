using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Channel.Auth;

/// <summary>
/// The issuers this bot accepts (bot-protocol.md §2.3): <c>https://api.botframework.com</c> with
/// the Bot Framework metadata; with <c>Bot:TenantId</c>, also that tenant's Entra issuers
/// (<c>login.microsoftonline.com/{tid}/v2.0</c>, <c>sts.windows.net/{tid}/</c>) with its own metadata.
/// </summary>
public sealed class SigningKeySources
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string HttpClientName = "ComplaintsAssistant.OpenId";

    private readonly SigningKeySource _botFramework;
    private readonly SigningKeySource? _entra;

    public SigningKeySources(IOptions<ChannelOptions> options, IHttpClientFactory httpClients)
    {
        var bot = options.Value;
        var http = httpClients.CreateClient(HttpClientName);
        _botFramework = new SigningKeySource(bot.Auth.OpenIdMetadataUrl, [BotFrameworkIssuer], isBotFramework: true, http, bot.Auth);
        if (!string.IsNullOrWhiteSpace(bot.TenantId))
        {
            var tenant = bot.TenantId.Trim();
            _entra = new SigningKeySource(
                bot.Auth.EntraMetadataUrlTemplate.Replace("{tenantId}", Uri.EscapeDataString(tenant), StringComparison.Ordinal),
                [$"https://login.microsoftonline.com/{tenant}/v2.0", $"https://sts.windows.net/{tenant}/"],
                isBotFramework: false,
                http,
                bot.Auth);
        }
    }

    /// <summary>The source for a token's (unvalidated) issuer, or null: an issuer we never accept.</summary>
    public SigningKeySource? ForIssuer(string? issuer)
    {
        if (string.Equals(issuer, BotFrameworkIssuer, StringComparison.Ordinal))
        {
            return _botFramework;
        }

        return _entra is not null && issuer is not null && _entra.Issuers.Contains(issuer, StringComparer.Ordinal) ? _entra : null;
    }
}
