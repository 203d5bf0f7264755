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

    private static Figure Expenditure(int startYear, params (string Label, int Payments, decimal Amount)[] rows)
    {
        var shares = Percentages.Shares(rows.Select(r => (long)(r.Amount * 100)).ToArray(), Rounding.HalfUp);
        return new Figure("costs.by_kind", "Expenditure on complaints, by kind of cost", ReportingPeriod.FinancialYear(startYear), FigureUnit.Pounds,
            rows.Sum(r => r.Payments), rows.Sum(r => r.Payments), rows.Select((r, i) => new FigureRow(r.Label, r.Payments, shares[i], Amount: r.Amount)).ToArray(),
            "Costs of handling complaints.", Amount: rows.Sum(r => r.Amount));
    }

    [Fact]
    public void MoneyIsPrintedInPoundsAndPenceWithTheNumberOfPaymentsAndChartedInWholePounds()
    {
        // Seed 000: 2014/15 publicity £796.25 and independent investigators £2,210.72 (£3,006.97); 2015/16 investigators £2,614.20.
        var table = Table(Expenditure(2013), Expenditure(2014, ("Independent investigators", 1, 2210.72m), ("Publicity and leaflets", 1, 796.25m)),
            Expenditure(2015, ("Independent investigators", 1, 2614.20m)));

        Assert.Equal(new ReportRow("Independent investigators", ["£0.00", "£2,210.72", "£2,614.20", "100%", "up £403.48"]), table.Rows[0], RowComparer.Instance);
        Assert.Equal(new ReportRow("Publicity and leaflets", ["£0.00", "£796.25", "£0.00", "", "down £796.25"]), table.Rows[1], RowComparer.Instance);
        Assert.Equal(new ReportRow("Total", ["£0.00", "£3,006.97", "£2,614.20", "", "down £392.77"]), table.Rows[^2], RowComparer.Instance);
        Assert.Equal(new ReportRow("Number of payments", ["0", "2", "1", "", "down 1"]), table.Rows[^1], RowComparer.Instance);
        Assert.Equal([0, 2211, 2614], table.Chart!.Series.Select(s => s.Values[0] ?? -1));
        Assert.Contains("Independent investigators: £2,614", table.Chart.AltText, StringComparison.Ordinal);
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
