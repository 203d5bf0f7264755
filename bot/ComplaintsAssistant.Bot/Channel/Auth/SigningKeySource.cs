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

    /// <param name="callerAppIds">Null for the Bot Framework issuer; for an Entra issuer, the apps whose tokens are accepted.</param>
    public SigningKeySource(string metadataUrl, IReadOnlyList<string> issuers, IReadOnlySet<string>? callerAppIds, HttpClient http, InboundAuthOptions options)
    {
        MetadataUrl = metadataUrl;
        Issuers = issuers;
        CallerAppIds = callerAppIds;
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

    /// <summary>
    /// Null for the Bot Framework issuer, whose keys carry endorsements. Entra keys don't, so an Entra token is bound to
    /// its caller app instead: these app (client) ids, and no other app in the tenant.
    /// </summary>
    public IReadOnlySet<string>? CallerAppIds { get; }

    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) =>
        _manager.GetConfigurationAsync(cancellationToken);

    public void RequestRefresh() => _manager.RequestRefresh();
}
