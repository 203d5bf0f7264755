using System.Text;

namespace ComplaintsAssistant.Core.Import;

/// <summary>A file's lines, decoded strictly as UTF-8 so that a file saved in another encoding (Latin-1, Windows-1252)
/// is refused naming the first line that isn't UTF-8, instead of importing mangled names. A byte order mark is skipped;
/// lines end with LF or CRLF (the CR is dropped).</summary>
public static class Utf8Lines
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <exception cref="ImportFileRefusedException">A line is not UTF-8.</exception>
    public static IEnumerable<(int Number, string Text)> Read(Stream stream)
    {
        var buffer = new byte[64 * 1024];
        var line = new List<byte>(256);
        var number = 0;
        var first = true;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)'\n') continue;
                line.AddRange(buffer.AsSpan(start, i - start));
                yield return (++number, Decode(line, number, ref first));
                line.Clear();
                start = i + 1;
            }
            line.AddRange(buffer.AsSpan(start, read - start));
        }
        if (line.Count > 0) yield return (++number, Decode(line, number, ref first));
    }

    private static string Decode(List<byte> bytes, int number, ref bool first)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bytes);
        if (first && span.StartsWith(Encoding.UTF8.Preamble)) span = span[3..];
        first = false;
        if (span.Length > 0 && span[^1] == (byte)'\r') span = span[..^1];
        try
        {
            return Strict.GetString(span);
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 && e.Index < span.Length ? $" (byte 0x{span[e.Index]:X2} at character {Strict.GetCharCount(span[..e.Index]) + 1})" : "";
            throw new ImportFileRefusedException(new ImportIssue(number, null, null,
                $"This line is not UTF-8 text{at}: the file looks saved in another encoding (such as Latin-1 or Windows-1252). " +
                "Save it as \"CSV UTF-8\" or UTF-8 text and import it again; nothing was imported."));
        }
    }
}
