using System.Globalization;
using ComplaintsAssistant.Core.Figures;

namespace ComplaintsAssistant.Core.Reports;

/// <summary>A figure as the annual report prints it: three years side by side (oldest first), this year's share of each
/// row, and the change on last year, with a bar chart of the same counts. A small number shown as "fewer than 5" in a
/// year stays hidden in that year's column, its share, its change and its bar.</summary>
public static class ThreeYearTable
{
    /// <param name="thisYear">This year beside last year.</param>
    /// <param name="lastYear">Last year beside the year before.</param>
    public static ReportTable Of(FigureComparison thisYear, FigureComparison lastYear)
    {
        var current = thisYear.Current;
        Figure[] years = [lastYear.YearEarlier ?? lastYear.Current, lastYear.Current, current];
        var labels = years.Select(f => f.Period.Label).ToArray();
        var rowLabels = years.Reverse().SelectMany(f => f.Breakdown).Select(r => r.Label).Distinct(StringComparer.Ordinal).ToArray();

        var rows = new List<ReportRow>();
        foreach (var label in rowLabels)
        {
            var found = years.Select(f => f.Breakdown.FirstOrDefault(r => r.Label == label)).ToArray();
            var now = found[2];
            if (current.Unit == FigureUnit.Days)
            {
                rows.Add(new ReportRow(label, [.. found.Select(r => r?.Average is { } days ? Averages.Text(days) : "none answered"), "",
                    DaysChange(found[2]?.Average, found[1]?.Average)]));
                continue;
            }
            rows.Add(current.Unit == FigureUnit.Pounds
                ? new ReportRow(label,
                [
                    .. found.Select(row => Pounds.InWords(row?.Amount ?? 0)),
                    now is { Percent: { } part } ? $"{part}%" : "",
                    AmountChange(found[2]?.Amount ?? 0, found[1]?.Amount ?? 0),
                ])
                : new ReportRow(label,
                [
                    .. found.Select((row, i) => CountText(years[i], row)),
                    now is { Suppressed: false, Percent: { } share } ? $"{share}%" : "",
                    Change(Shown(found[2]), Shown(found[1]), FigureUnit.Count),
                ]));
        }
        if (current.Unit == FigureUnit.Pounds)
        {
            rows.Add(new ReportRow("Total", [.. years.Select(f => Pounds.InWords(f.Amount ?? 0)), "", AmountChange(years[2].Amount ?? 0, years[1].Amount ?? 0)]));
            rows.Add(new ReportRow("Number of payments", [.. years.Select(f => Count(f.Value ?? 0)), "", Change(years[2].Value, years[1].Value, FigureUnit.Count)]));
        }
        else rows.Add(current.Unit is FigureUnit.Percent or FigureUnit.Days
            ? new ReportRow("Counted over (answered)", [.. years.Select(f => Count(f.Population)), "", Change(years[2].Population, years[1].Population, FigureUnit.Count)])
            : new ReportRow("Total", [.. years.Select(ValueText), "", Change(ShownValue(years[2]), ShownValue(years[1]), FigureUnit.Count)]));
        if (current.Unit == FigureUnit.Percent)
            rows.Add(new ReportRow("On time", [.. years.Select(ValueText), "", Change(ShownValue(years[2]), ShownValue(years[1]), FigureUnit.Percent)]));

        var columns = new[] { "Breakdown", labels[0], labels[1], labels[2], $"Share of {labels[2]}", $"Change on {labels[1]}" };
        var note = current.Convention + (years.Any(f => f.SmallNumbersBelow is not null) && !current.Convention.Contains("fewer than", StringComparison.Ordinal)
            ? $" Counts from 1 to {years.First(f => f.SmallNumbersBelow is not null).SmallNumbersBelow - 1} are shown as \"fewer than\"." : "");
        // Averages have no bars: the chart counts, and counting answers is not what the table says.
        return new ReportTable(current.Id, $"{current.Label}, {labels[0]} to {labels[2]}", columns, rows, note,
            current.Unit == FigureUnit.Days ? null : Chart(current, years, rowLabels));
    }

    private static ReportChart? Chart(Figure current, Figure[] years, IReadOnlyList<string> rowLabels)
    {
        if (rowLabels.Count == 0) return null;
        // A chart of money plots whole pounds; the table beside it gives the pence.
        var pounds = current.Unit == FigureUnit.Pounds;
        int? Bar(FigureRow row) => pounds ? (int)Math.Round(row.Amount ?? 0, MidpointRounding.AwayFromZero) : Shown(row);
        var series = years.Select(f => new ChartSeries(f.Period.Label,
            rowLabels.Select(label => f.Breakdown.FirstOrDefault(r => r.Label == label) is { } row ? Bar(row) : 0).ToArray())).ToArray();
        var thisYear = series[2];
        string InWords(int? n) => n is not { } value ? "fewer than " + current.SmallNumbersBelow : pounds ? $"£{Count(value)}" : Count(value);
        var described = string.Join("; ", rowLabels.Select((label, i) => $"{label}: {InWords(thisYear.Values[i])}"));
        var alt = $"Bar chart of {current.Label.ToLowerInvariant()}, {years[0].Period.Label}, {years[1].Period.Label} and {years[2].Period.Label} side by side. "
            + $"In {years[2].Period.Label}: {described}. The table beside the chart gives every number.";
        return new ReportChart(current.Label, alt, rowLabels, series);
    }

    private static int? Shown(FigureRow? row) => row is null ? 0 : row.Suppressed ? null : row.Count;

    private static int? ShownValue(Figure figure) => figure.ValueSuppressed ? null : figure.Value;

    private static string CountText(Figure figure, FigureRow? row) =>
        row is null ? "0" : row.Suppressed ? $"fewer than {figure.SmallNumbersBelow}" : Count(row.Count);

    private static string ValueText(Figure figure) => figure.Value is not { } value ? "no figure"
        : figure.ValueSuppressed ? $"fewer than {figure.SmallNumbersBelow}"
        : figure.Unit == FigureUnit.Percent ? $"{value}%" : Count(value);

    /// <summary>"up 3", "down 12 points", "no change"; blank where either year is hidden or has no figure.</summary>
    private static string Change(int? now, int? then, FigureUnit unit)
    {
        if (now is not { } a || then is not { } b) return "";
        var size = Math.Abs(a - b);
        var points = unit == FigureUnit.Percent ? (size == 1 ? " point" : " points") : "";
        return a == b ? "no change" : $"{(a > b ? "up" : "down")} {Count(size)}{points}";
    }

    /// <summary>"up £391.23", "down £1,000.00", "no change".</summary>
    private static string AmountChange(decimal now, decimal then) =>
        now == then ? "no change" : $"{(now > then ? "up" : "down")} {Pounds.InWords(Math.Abs(now - then))}";

    /// <summary>"down 3.09 days" ("The average ... was 12.70 working days in 2018/19, compared to 15.79 days in 2017/18").</summary>
    private static string DaysChange(decimal? now, decimal? then) => now is not { } a || then is not { } b ? ""
        : a == b ? "no change" : $"{(a > b ? "up" : "down")} {Averages.Text(Math.Abs(a - b))} days";

    public static string Count(int n) => n.ToString("N0", CultureInfo.GetCultureInfo("en-GB"));
}
