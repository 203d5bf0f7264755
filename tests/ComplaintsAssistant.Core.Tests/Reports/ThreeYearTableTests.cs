using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Reports;

namespace ComplaintsAssistant.Core.Tests.Reports;

public class ThreeYearTableTests
{
    private static Figure BySource(int startYear, params (string Label, int Count)[] rows)
    {
        var shares = Percentages.Shares(rows.Select(r => r.Count).ToArray(), Rounding.HalfUp);
        return SmallNumbers.Suppress(new Figure("compliments.by_source", "Compliments by who gave them", ReportingPeriod.FinancialYear(startYear),
            FigureUnit.Count, rows.Sum(r => r.Count), rows.Sum(r => r.Count), rows.Select((r, i) => new FigureRow(r.Label, r.Count, shares[i])).ToArray(),
            "By date received."), 5);
    }

    private static ReportTable Table(Figure older, Figure last, Figure now) =>
        ThreeYearTable.Of(new FigureComparison(now, last), new FigureComparison(last, older));

    [Fact]
    public void YearsRunOldestFirstWithThisYearsShareAndTheChange()
    {
        var table = Table(BySource(2023, ("Parent or carer", 20)), BySource(2024, ("Parent or carer", 30)), BySource(2025, ("Parent or carer", 25), ("School", 25)));

        Assert.Equal(["Breakdown", "2023/24", "2024/25", "2025/26", "Share of 2025/26", "Change on 2024/25"], table.Columns);
        Assert.Equal(new ReportRow("Parent or carer", ["20", "30", "25", "50%", "down 5"]), table.Rows[0], RowComparer.Instance);
        Assert.Equal(new ReportRow("School", ["0", "0", "25", "50%", "up 25"]), table.Rows[1], RowComparer.Instance);
        Assert.Equal(new ReportRow("Total", ["20", "30", "50", "", "up 20"]), table.Rows[^1], RowComparer.Instance);
    }

    [Fact]
    public void ASmallNumberStaysHiddenInItsCellShareChangeAndBar()
    {
        var table = Table(BySource(2023, ("Parent or carer", 20)), BySource(2024, ("Parent or carer", 30), ("Young person", 6)),
            BySource(2025, ("Parent or carer", 25), ("Young person", 2), ("School", 9)));

        var young = table.Rows.Single(r => r.Heading == "Young person");
        Assert.Equal(["0", "6", "fewer than 5", "", ""], young.Cells);
        // One hidden row with the total shown would give it away: the smallest other row is hidden too.
        Assert.Equal(["0", "0", "fewer than 5", "", ""], table.Rows.Single(r => r.Heading == "School").Cells);
        var chart = table.Chart!;
        Assert.Null(chart.Series[2].Values[chart.Categories.ToList().IndexOf("Young person")]);
        Assert.DoesNotContain("Young person: 2", chart.AltText);
        Assert.Contains("Young person: fewer than 5", chart.AltText);
    }

    private sealed class RowComparer : IEqualityComparer<ReportRow>
    {
        public static readonly RowComparer Instance = new();
        public bool Equals(ReportRow? x, ReportRow? y) => x!.Heading == y!.Heading && x.Cells.SequenceEqual(y.Cells);
        public int GetHashCode(ReportRow row) => row.Heading.GetHashCode();
    }

    private static Figure AverageDays(int startYear, decimal? stage1, int answered) =>
        new("statutory.average_working_days", "Average working days to respond to statutory complaints, by stage", ReportingPeriod.FinancialYear(startYear),
            FigureUnit.Days, answered, answered, [new FigureRow("Stage 1", answered, null, Average: stage1)], "Averages to two decimal places.",
            Average: stage1);

    [Fact]
    public void AveragesPrintTheirDaysAndTheChangeInDaysWithoutAChart()
    {
        var table = Table(AverageDays(2016, null, 0), AverageDays(2017, 15.79m, 20), AverageDays(2018, 12.70m, 30));

        Assert.Equal(new ReportRow("Stage 1", ["none answered", "15.79", "12.70", "", "down 3.09 days"]), table.Rows[0], RowComparer.Instance);
        Assert.Equal(new ReportRow("Counted over (answered)", ["0", "20", "30", "", "up 10"]), table.Rows[^1], RowComparer.Instance);
        Assert.Null(table.Chart);
    }
}
