using System.Text;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.UseCases;
using Microsoft.Net.Http.Headers;

namespace ComplaintsAssistant.Bot.Api;

/// <summary>A case's version travels as an HTTP entity-tag (RFC 9110 §8.8.3): sent in <c>ETag</c>, quoted back in
/// <c>If-Match</c>. The store's version is opaque and may hold characters a tag cannot (Cosmos DB's <c>_etag</c>
/// carries its own quotes), so it is percent-encoded between the quotes: every version gives a valid strong tag,
/// and a tag gives back exactly the version it was made from.</summary>
internal static class Versions
{
    public static string ToETag(string version)
    {
        var tag = new StringBuilder("\"", version.Length + 2);
        foreach (var b in Encoding.UTF8.GetBytes(version))
        {
            // etagc is %x21 / %x23-7E (obs-text is allowed too, but not every client sends it intact); '%' escapes.
            if (b is 0x21 or >= 0x23 and <= 0x7E && b != '%') tag.Append((char)b);
            else tag.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return tag.Append('"').ToString();
    }

    /// <summary>The version a strong tag stands for, or null when no version gives this tag (the inverse of
    /// <see cref="ToETag"/> only: "%31" is not "1", as strong comparison is character by character).</summary>
    public static string? FromETag(EntityTagHeaderValue tag)
    {
        if (tag.IsWeak || tag.Tag.Length < 2) return null;
        var opaque = tag.Tag.Value.AsSpan(1, tag.Tag.Length - 2);
        var bytes = new List<byte>(opaque.Length);
        for (var i = 0; i < opaque.Length; i++)
        {
            if (opaque[i] != '%') { bytes.Add((byte)opaque[i]); continue; }
            if (i + 2 >= opaque.Length) return null;
            if (!byte.TryParse(opaque.Slice(i + 1, 2), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var b)) return null;
            bytes.Add(b);
            i += 2;
        }
        var version = Encoding.UTF8.GetString([.. bytes]);
        return ToETag(version) == tag.Tag.Value ? version : null;
    }

    /// <summary>The request's If-Match (RFC 9110 §13.1.1): none, "*", or a list of entity-tags.</summary>
    public static Result<IfMatch> FromIfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch;
        if (header.Count == 0 || string.IsNullOrWhiteSpace(header.ToString())) return IfMatch.None;
        if (!EntityTagHeaderValue.TryParseStrictList(header, out var tags) || tags.Count == 0)
            return DomainError.Invalid("If-Match", "if-match-not-an-entity-tag",
                "If-Match must be the case's ETag exactly as it was sent, quotes included (for example \"1\"), or *.");
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any)) ? IfMatch.AnyVersion : new IfMatch(true, false, [.. tags]);
    }
}

/// <summary>What a request's If-Match asks. "*" holds for any version of a case that exists; listed tags hold only
/// by strong comparison, so a weak tag (<c>W/"…"</c>) never does.</summary>
/// <param name="Sent">The request had an If-Match at all.</param>
internal sealed record IfMatch(bool Sent, bool Any, IReadOnlyList<EntityTagHeaderValue> Tags)
{
    public static readonly IfMatch None = new(false, false, []);
    public static readonly IfMatch AnyVersion = new(true, true, []);

    /// <summary>The version core must find when it reads the case to change it, for an If-Match that names tags (a change
    /// without one, or with "*", is refused before this: see <c>ApiProblems.IfMatchRequired</c>). The version of the one
    /// strong tag named (core compares it in the same step as the write); otherwise (several tags, weak ones, or one this
    /// API never sent) the case's version is looked up first (not a read: see <c>CaseService.VersionAsync</c>) and its version is used only if a tag matches it by strong comparison.</summary>
    public async Task<Result<string>> ExpectedVersionAsync(Func<Task<Result<CaseVersion>>> readVersion)
    {
        if (Tags is [{ IsWeak: false } only] && Versions.FromETag(only) is { } version) return version;

        var current = await readVersion();
        if (current.Error is { } error) return error;
        var now = current.Value;
        if (Tags.Any(t => !t.IsWeak && t.Tag.Value == Versions.ToETag(now.Version))) return now.Version;
        return DomainError.Conflict(Tags.All(t => t.IsWeak)
            ? $"If-Match holds only a weak ETag (W/\"…\"), which never matches a change to {now.Reference}: send its ETag exactly as it was sent."
            : $"{now.Reference} has changed since you read it: reload it and try again.");
    }
}
