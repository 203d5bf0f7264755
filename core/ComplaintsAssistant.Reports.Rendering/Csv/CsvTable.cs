using System.Text;

namespace ComplaintsAssistant.Reports.Rendering.Csv;

/// <summary>CSV as Excel opens it: UTF-8 with a byte order mark (so "–" and "£" survive), CRLF lines, RFC 4180 quoting.</summary>
public static class CsvTable
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Write(IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = string.Concat(rows.Select(r => string.Join(",", r.Select(Field)) + "\r\n"));
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
    }

    /// <summary>Quoted when it holds a comma, quote or line break; a leading = + - @ is made text, so Excel never runs it as a formula.</summary>
    public static string Field(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0])) value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
