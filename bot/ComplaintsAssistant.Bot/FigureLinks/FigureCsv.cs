using System.Text;
using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Core.Figures;

namespace ComplaintsAssistant.Bot.FigureLinks;

/// <summary>A figure as the card shows it, as CSV for Excel: UTF-8 with a byte order mark (so "–" and "£" survive),
/// CRLF lines, the card's labels and numbers, then the breakdown with its shares.</summary>
public static class FigureCsv
{
    public static byte[] Write(FigureComparison answer, string scope)
    {
        var figure = answer.Current;
        var rows = new List<string[]>
        {
            new[] { "Figure", figure.Label },
            new[] { "Period", figure.Period.Label },
            new[] { "Teams", scope },
            new[] { "Value", FigureCard.Value(figure) },
            new[] { "Counted over", FigureCard.Population(figure) },
        };
        if (answer.YearEarlier is { } earlier)
        {
            rows.Add([$"Same period a year earlier ({earlier.Period.Label})", FigureCard.Value(earlier)]);
            rows.Add(["Change", FigureCard.Capitalised(answer.ChangeInWords)]);
        }
        rows.Add([]);
        rows.Add(["Breakdown", "Number", "Percent"]);
        rows.AddRange(figure.Breakdown.Select(r => new[] { r.Label, FigureCard.RowCount(figure, r), r.Percent is { } p ? $"{p}%" : "" }));
        rows.Add([]);
        rows.Add(["How counted", figure.Convention]);

        var text = string.Concat(rows.Select(r => string.Join(",", r.Select(Field)) + "\r\n"));
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
    }

    /// <summary>Quoted when it holds a comma, quote or line break; a leading = + - @ is made text, so Excel never runs it as a formula.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0])) value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
