using ComplaintsAssistant.Core.Figures;

namespace ComplaintsAssistant.Core.Tests.Figures;

public class FigureComparisonTests
{
    private static Figure Percent(int? value, int startYear) =>
        new("statutory.stage1.within_10_wd", "Stage 1", ReportingPeriod.FinancialYear(startYear), FigureUnit.Percent, value, 10, [], "");

    [Theory]
    [InlineData(75, 63, 12, "up 12 percentage points on 2025/26")]
    [InlineData(60, 61, -1, "down 1 percentage point on 2025/26")]
    [InlineData(60, 60, 0, "the same as 2025/26")]
    public void TheChangeIsInPercentagePointsForAPercentage(int now, int then, int change, string words)
    {
        var comparison = new FigureComparison(Percent(now, 2026), Percent(then, 2025));
        Assert.Equal((change, words), (comparison.Change, comparison.ChangeInWords));
    }

    [Fact]
    public void NoFigureAYearEarlierMeansNoChange()
    {
        var comparison = new FigureComparison(Percent(75, 2026), Percent(null, 2025));
        Assert.Equal((null, "no figure for 2025/26 to compare"), (comparison.Change, comparison.ChangeInWords));
    }

    [Fact]
    public void AnAveragesChangeIsInDaysNotInHowManyWereAnswered()
    {
        // 2018/19: 12.70 working days over 40 answered; 2017/18: 15.79 over 52.
        static Figure Days(decimal average, int answered, int startYear) => new("statutory.average_working_days", "Average working days",
            ReportingPeriod.FinancialYear(startYear), FigureUnit.Days, answered, answered, [], "", Average: average);
        var comparison = new FigureComparison(Days(12.70m, 40, 2018), Days(15.79m, 52, 2017));
        Assert.Equal((null, -3.09m, "down 3.09 days on 2017/18"), (comparison.Change, comparison.AverageChange, comparison.ChangeInWords));
    }
}
