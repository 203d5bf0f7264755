using ComplaintsAssistant.Core.Figures;

namespace ComplaintsAssistant.Core.Tests.Figures;

/// <summary>Breakdowns that describe people hide counts from 1 to 4, and one more where the total would give a hidden one away.</summary>
public class SmallNumbersTests
{
    private static Figure Compliments(params (string Label, int Count)[] rows)
    {
        var total = rows.Sum(r => r.Count);
        var shares = Percentages.Shares(rows.Select(r => r.Count).ToArray(), Rounding.HalfUp);
        return new Figure("compliments.by_source", "Compliments by who gave them", ReportingPeriod.FinancialYear(2026), FigureUnit.Count,
            total, total, rows.Select((r, i) => new FigureRow(r.Label, r.Count, shares[i])).ToArray(), "By date received.");
    }

    private static IEnumerable<(string, bool, int?)> Rows(Figure figure) => figure.Breakdown.Select(r => (r.Label, r.Suppressed, r.Percent));

    [Fact]
    public void ASmallCountIsHiddenAndSoIsTheSmallestOtherWhichTheTotalWouldGiveAway()
    {
        var figure = SmallNumbers.Suppress(Compliments(("Parent or carer", 12), ("Young person", 3), ("School", 7), ("Adopter", 0)), 5);

        Assert.Equal([("Parent or carer", false, (int?)55), ("Young person", true, null), ("School", true, null), ("Adopter", false, 0)], Rows(figure));
        Assert.Equal((22, false, (int?)5), (figure.Value!.Value, figure.ValueSuppressed, figure.SmallNumbersBelow));
        Assert.Contains("shown as \"fewer than 5\"", figure.Convention);
    }

    [Fact]
    public void TwoSmallCountsHideEachOtherAndNothingMore()
    {
        var figure = SmallNumbers.Suppress(Compliments(("Parent or carer", 12), ("Young person", 3), ("School", 1)), 5);
        Assert.Equal([false, true, true], figure.Breakdown.Select(r => r.Suppressed));
    }

    [Fact]
    public void ASmallTotalIsHiddenTooAndTheChangeFromLastYearWithIt()
    {
        var now = SmallNumbers.Suppress(Compliments(("Young person", 2)), 5);
        var then = SmallNumbers.Suppress(Compliments(("Young person", 9)), 5);

        Assert.True(now.ValueSuppressed);
        Assert.Null(new FigureComparison(now, then).Change);
        Assert.Equal("not shown against 2026/27: the numbers are small", new FigureComparison(now, then).ChangeInWords);
    }

    [Fact]
    public void NothingSmallAndAThresholdOfOneLeaveTheFigureAsItWas()
    {
        var large = Compliments(("Parent or carer", 12), ("School", 7));
        Assert.Same(large, SmallNumbers.Suppress(large, 5));
        var small = Compliments(("Young person", 2));
        Assert.Same(small, SmallNumbers.Suppress(small, 1));
    }
}
