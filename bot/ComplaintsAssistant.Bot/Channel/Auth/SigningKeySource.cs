using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ComplaintsAssistant.Bot.Channel.Auth;

/// <summary>
/// One issuer family and its OpenID metadata + keys, cached by <see cref="ConfigurationManager{T}"/>:
/// refreshed automatically (≤ 24 h) and on demand when a token names an unknown key id.
/// </summary>
public sealed class SigningKeySource
{
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;

    public SigningKeySource(string metadataUrl, IReadOnlyList<string> issuers, bool isBotFramework, HttpClient http, InboundAuthOptions options)
    {
        MetadataUrl = metadataUrl;
        Issuers = issuers;
        IsBotFramework = isBotFramework;
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(
            metadataUrl,
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(http) { RequireHttps = options.RequireHttpsMetadata })
        {
            AutomaticRefreshInterval = options.MetadataRefreshInterval,
            RefreshInterval = options.MinimumRefreshInterval,
        };
    }

    public string MetadataUrl { get; }

    public IReadOnlyList<string> Issuers { get; }

    /// <summary>Bot Framework channel tokens carry <c>serviceurl</c> and keys carry endorsements; Entra ones don't.</summary>
    public bool IsBotFramework { get; }

    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) =>
        _manager.GetConfigurationAsync(cancellationToken);

    public void RequestRefresh() => _manager.RequestRefresh();
}
