using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Channel.Auth;

/// <summary>
/// The issuers this bot accepts (bot-protocol.md §2.3): <c>https://api.botframework.com</c> with the Bot Framework
/// metadata, which is what Teams signs channel traffic with. An Entra issuer of <c>Bot:TenantId</c>
/// (<c>login.microsoftonline.com/{tid}/v2.0</c>, <c>sts.windows.net/{tid}/</c>) only when
/// <c>Bot:Auth:EntraCallerAppIds</c> lists the apps that may call: otherwise every app registration in the tenant
/// could get a token for the bot's audience and speak as any user.
/// </summary>
public sealed class SigningKeySources
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string HttpClientName = "ComplaintsAssistant.OpenId";

    private readonly SigningKeySource _botFramework;
    private readonly SigningKeySource? _entra;

    public SigningKeySources(IOptions<ChannelOptions> options, IHttpClientFactory httpClients, TimeProvider time)
    {
        var bot = options.Value;
        var http = httpClients.CreateClient(HttpClientName);
        _botFramework = new SigningKeySource(bot.Auth.OpenIdMetadataUrl, [BotFrameworkIssuer], callerAppIds: null, http, bot.Auth, time);
        var callers = bot.Auth.EntraCallerAppIds.Select(id => id.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (!string.IsNullOrWhiteSpace(bot.TenantId) && callers.Count > 0)
        {
            var tenant = bot.TenantId.Trim();
            _entra = new SigningKeySource(
                bot.Auth.EntraMetadataUrlTemplate.Replace("{tenantId}", Uri.EscapeDataString(tenant), StringComparison.Ordinal),
                [$"https://login.microsoftonline.com/{tenant}/v2.0", $"https://sts.windows.net/{tenant}/"],
                callers,
                http,
                bot.Auth,
                time);
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
