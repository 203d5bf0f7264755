using System.Text;

namespace ComplaintsAssistant.Core.EmailIntake.Mime;

/// <summary>Turns a part's bytes into text whatever its declared charset says, without ever failing: an unknown or
/// lying charset falls back to UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what such mail usually is).</summary>
internal static class Charsets
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    static Charsets() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes, string? charset, out bool guessed)
    {
        guessed = false;
        if (Named(charset) is { } declared) return declared.GetString(bytes);
        guessed = charset is not null && !charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase);
        return IsUtf8(bytes) ? Encoding.UTF8.GetString(bytes) : Encoding.GetEncoding(1252).GetString(bytes);
    }

    private static Encoding? Named(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset) || charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase)) return null;
        try
        {
            return Encoding.GetEncoding(charset.Trim().Trim('"'));
        }
        catch (ArgumentException)
        {
            return null; // a name no encoding answers to
        }
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
