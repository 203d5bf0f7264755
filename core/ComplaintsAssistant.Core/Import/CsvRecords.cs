using System.Text;

namespace ComplaintsAssistant.Core.Import;

/// <summary>A CSV row: its fields, the line it starts on, or why it can't be split into fields.</summary>
public sealed record CsvRow(int Line, IReadOnlyList<string> Fields, string? Broken = null);

/// <summary>Splits CSV text into rows as RFC 4180 says: fields separated by commas, a field in double quotes may hold
/// commas, line breaks and doubled quotes (<c>""</c> for one <c>"</c>); rows end with CRLF or LF. A line break inside
/// quotes is kept as LF. Spreadsheets write a stray quote inside an unquoted field; it is kept as written.</summary>
public static class CsvRecords
{
    public static IEnumerable<CsvRow> Read(IEnumerable<(int Number, string Text)> lines)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var inQuotes = false;
        var start = 0;
        string? broken = null;
        foreach (var (number, text) in lines)
        {
            if (!inQuotes) { start = number; fields.Clear(); field.Clear(); quoted = false; broken = null; }
            else field.Append('\n');
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (inQuotes)
                {
                    if (c != '"') field.Append(c);
                    else if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                    else inQuotes = false;
                }
                else if (c == ',') { fields.Add(field.ToString()); field.Clear(); quoted = false; }
                else if (c == '"' && field.Length == 0 && !quoted) { inQuotes = quoted = true; }
                else if (quoted)
                    broken ??= $"Column {fields.Count + 1} has text after its closing quote: a quote inside a quoted value is written twice (\"\").";
                else field.Append(c);
            }
            if (inQuotes) continue;
            fields.Add(field.ToString());
            if (fields is [""] && broken is null) continue; // a blank line
            yield return new CsvRow(start, fields.ToArray(), broken);
        }
        if (inQuotes)
            yield return new CsvRow(start, [], "A quoted value opened on this line is never closed: the file ends inside it.");
    }
}
