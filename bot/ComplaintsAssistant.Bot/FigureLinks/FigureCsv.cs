using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Reports.Rendering.Csv;

namespace ComplaintsAssistant.Bot.FigureLinks;

/// <summary>A figure as the card shows it, as CSV for Excel (<see cref="CsvTable"/>): the card's labels and numbers, then
/// the breakdown with its shares.</summary>
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

        return CsvTable.Write(rows);
    }
}
