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
    private readonly HttpDocumentRetriever _documents;
    private readonly TimeSpan _minimumRefreshInterval;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _oneFetch = new(1, 1);
    private (OpenIdConnectConfiguration Configuration, DateTimeOffset At)? _fetchedNow;

    /// <param name="callerAppIds">Null for the Bot Framework issuer; for an Entra issuer, the apps whose tokens are accepted.</param>
    public SigningKeySource(
        string metadataUrl, IReadOnlyList<string> issuers, IReadOnlySet<string>? callerAppIds, HttpClient http, InboundAuthOptions options, TimeProvider time)
    {
        MetadataUrl = metadataUrl;
        Issuers = issuers;
        CallerAppIds = callerAppIds;
        _time = time;
        _minimumRefreshInterval = options.MinimumRefreshInterval;
        _documents = new HttpDocumentRetriever(http) { RequireHttps = options.RequireHttpsMetadata };
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(
            metadataUrl,
            new OpenIdConnectConfigurationRetriever(),
            _documents)
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

    /// <summary>
    /// The metadata fetched now, for a token signed with a key the cache doesn't have (key rollover). The cache's own
    /// <c>RequestRefresh</c> only refreshes in the background, so the first message signed with a new key would be
    /// refused; this waits for the keys instead. At most one fetch per <see cref="InboundAuthOptions.MinimumRefreshInterval"/>
    /// (a flood of made-up key ids gets the last fetch's keys), and the cache is told to catch up.
    /// </summary>
    public async Task<OpenIdConnectConfiguration> FetchNowAsync(CancellationToken cancellationToken)
    {
        await _oneFetch.WaitAsync(cancellationToken);
        try
        {
            if (_fetchedNow is { } recent && _time.GetUtcNow() - recent.At < _minimumRefreshInterval)
            {
                return recent.Configuration;
            }

            var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(MetadataUrl, _documents, cancellationToken);
            _fetchedNow = (configuration, _time.GetUtcNow());
            _manager.RequestRefresh();
            return configuration;
        }
        finally
        {
            _oneFetch.Release();
        }
    }
}
