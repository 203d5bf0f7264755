using System.Net;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Channel.Connector;

/// <summary>
/// Decides whether a service URL may receive the bot token (bot-protocol.md §3.4): https, no
/// user info, default port, host equal to or under a trusted suffix (matched on dot boundaries, not
/// as a string prefix). Plain-http loopback only in development mode or when configured for tests.
/// </summary>
public sealed class ServiceUrlPolicy
{
    private readonly string[] _suffixes;
    private readonly bool _allowLoopbackHttp;

    public ServiceUrlPolicy(IOptions<ChannelOptions> options)
    {
        var connector = options.Value.Connector;
        _suffixes = (connector.TrustedHostSuffixes.Count > 0
                ? connector.TrustedHostSuffixes
                : ConnectorOptions.DefaultTrustedHostSuffixes)
            .Select(suffix => suffix.Trim().TrimStart('.').ToLowerInvariant())
            .Where(suffix => suffix.Length > 0)
            .ToArray();
        _allowLoopbackHttp = connector.AllowLoopbackHttp || options.Value.IsDevelopmentMode;
    }

    /// <summary>The base URI with a trailing slash, so relative <c>v3/…</c> paths keep the service URL's own path.</summary>
    public bool TryGetBaseUri(string? serviceUrl, out Uri baseUri)
    {
        baseUri = null!;
        if (string.IsNullOrWhiteSpace(serviceUrl)
            || !Uri.TryCreate(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/", UriKind.Absolute, out var uri)
            || !string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            return false;
        }

        var trusted = uri.Scheme == Uri.UriSchemeHttps && uri.IsDefaultPort && IsTrustedHost(uri.IdnHost)
            || _allowLoopbackHttp && uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri);
        if (trusted)
        {
            baseUri = uri;
        }

        return trusted;
    }

    private bool IsTrustedHost(string host)
    {
        host = host.ToLowerInvariant();
        foreach (var suffix in _suffixes)
        {
            if (host == suffix || host.EndsWith("." + suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback && (uri.HostNameType != UriHostNameType.Dns || uri.Host == "localhost")
        || IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address);
}
