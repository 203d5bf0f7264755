using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace ComplaintsAssistant.Bot.Channel.Connector;

/// <summary>
/// Client-credentials token for <c>https://api.botframework.com/.default</c> from one singleton
/// MSAL app, which caches it (bot-protocol.md §3.1). Authority: the bot's own tenant when single-tenant,
/// else botframework.com — asking the wrong one gives AADSTS700016.
/// </summary>
internal sealed class MsalBotTokenProvider : IBotTokenProvider
{
    private static readonly string[] Scopes = ["https://api.botframework.com/.default"];
    private readonly IConfidentialClientApplication _app;

    public MsalBotTokenProvider(IOptions<ChannelOptions> options, IHttpClientFactory httpClients)
    {
        var bot = options.Value;
        var tenant = string.IsNullOrWhiteSpace(bot.TenantId) ? "botframework.com" : bot.TenantId;
        _app = ConfidentialClientApplicationBuilder.Create(bot.AppId)
            .WithClientSecret(bot.AppPassword)
            .WithAuthority($"https://login.microsoftonline.com/{tenant}")
            .WithHttpClientFactory(new MsalHttpClientFactory(httpClients))
            .Build();
    }

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await _app.AcquireTokenForClient(Scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
