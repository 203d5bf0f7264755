using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ComplaintsAssistant.Core.Figures;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.FigureLinks;

/// <summary>Short-lived signed links for the figure card's "Download CSV" and "Open the report". Teams opens links in a
/// browser with no bearer token, so the link itself says who may see it: an HMAC over the figure, period, team, viewer
/// and expiry, which the host checks before showing anything, and then only what that viewer may see.</summary>
/// <param name="listening">The address this host listens on, for links when no public address is configured.</param>
public sealed class FigureLinkSigner(IOptions<FigureLinkOptions> options, TimeProvider clock, Func<string?>? listening = null)
{
    private readonly byte[] _key = options.Value.Key is { Length: > 0 } key ? Encoding.UTF8.GetBytes(key) : RandomNumberGenerator.GetBytes(32);

    private string PublicUrl => (options.Value.PublicUrl ?? listening?.Invoke() ?? "").TrimEnd('/');

    /// <summary>A link for <paramref name="viewerId"/> that works for the configured minutes from now.</summary>
    public string Link(string figureId, ReportingPeriod period, string? team, string viewerId)
    {
        var link = new FigureLink(figureId, period, team, viewerId, clock.GetUtcNow().AddMinutes(options.Value.MinutesValid));
        var query = new List<string>
        {
            $"kind={link.Period.Kind}", $"from={FigureLink.Day(period.From)}", $"to={FigureLink.Day(period.To)}",
            $"viewer={Uri.EscapeDataString(viewerId)}", $"expires={link.Expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}",
        };
        if (team is not null) query.Add($"team={Uri.EscapeDataString(team)}");
        query.Add($"sig={Signature(link)}");
        return $"{PublicUrl}{link.Path}?{string.Join("&", query)}";
    }

    /// <summary>The link the query describes, or why it is refused.</summary>
    public (FigureLink? Link, LinkRefusal? Refusal) Read(string figureId, IQueryCollection query)
    {
        if (!Enum.TryParse<PeriodKind>(query["kind"], out var kind)
            || !DateOnly.TryParseExact(query["from"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            || !DateOnly.TryParseExact(query["to"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            || to < from || string.IsNullOrEmpty(query["viewer"])
            || !long.TryParse(query["expires"], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
            return (null, LinkRefusal.Tampered);
        var team = query["team"].ToString();
        var link = new FigureLink(figureId, new ReportingPeriod(kind, from, to), team.Length == 0 ? null : team, query["viewer"]!,
            DateTimeOffset.FromUnixTimeSeconds(expires));
        var given = Encoding.ASCII.GetBytes(query["sig"].ToString());
        if (!CryptographicOperations.FixedTimeEquals(given, Encoding.ASCII.GetBytes(Signature(link)))) return (null, LinkRefusal.Tampered);
        return clock.GetUtcNow() > link.Expires ? (null, LinkRefusal.Expired) : (link, null);
    }

    private string Signature(FigureLink link) =>
        Base64Url(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(link.Signed())));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

public enum LinkRefusal { Tampered, Expired }
