namespace ComplaintsAssistant.Bot.Api;

/// <summary>A case's version travels as an HTTP entity tag: sent in <c>ETag</c>, quoted back in <c>If-Match</c>.</summary>
internal static class Versions
{
    public static string ToETag(string version) => $"\"{version}\"";

    /// <summary>The version quoted in If-Match, or null when the client sent none (or "*").</summary>
    public static string? FromIfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header is "" or "*") return null;
        if (header.StartsWith("W/", StringComparison.Ordinal)) header = header[2..];
        return header.Trim('"');
    }
}
