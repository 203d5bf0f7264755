using ComplaintsAssistant.Core.Figures;

namespace ComplaintsAssistant.Core.Tests.Figures;

public class ReportingPeriodTests
{
    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-04-01", "2026-04-01", "2027-03-31", "2026/27")]
    [InlineData("2026-03-31", "2025-04-01", "2026-03-31", "2025/26")]
    [InlineData("2000-01-15", "1999-04-01", "2000-03-31", "1999/00")]
    public void FinancialYearContainingRunsAprilToMarch(string day, string from, string to, string label)
    {
        var year = ReportingPeriod.FinancialYearContaining(Day(day));
        Assert.Equal((Day(from), Day(to), label), (year.From, year.To, year.Label));
    }

    [Theory]
    [InlineData("2026-04-01", "2026-04-01", "2026-06-30", "Q1 2026/27 (April to June 2026)")]
    [InlineData("2026-12-31", "2026-10-01", "2026-12-31", "Q3 2026/27 (October to December 2026)")]
    [InlineData("2027-02-10", "2027-01-01", "2027-03-31", "Q4 2026/27 (January to March 2027)")]
    public void QuartersAreTheFinancialYears(string day, string from, string to, string label)
    {
        var quarter = ReportingPeriod.QuarterContaining(Day(day));
        Assert.Equal((Day(from), Day(to), label), (quarter.From, quarter.To, quarter.Label));
    }

    [Fact]
    public void AMonthAYearEarlierIsTheWholeMonthEvenInALeapYear()
    {
        var february = ReportingPeriod.Month(2028, 2);
        Assert.Equal((Day("2027-02-01"), Day("2027-02-28"), "February 2027"),
            (february.YearEarlier().From, february.YearEarlier().To, february.YearEarlier().Label));
    }

    [Fact]
    public void NextMovesByThePeriodsOwnLength()
    {
        Assert.Equal(ReportingPeriod.Quarter(2027, 1), ReportingPeriod.Quarter(2026, 4).Next());
        Assert.Equal(ReportingPeriod.FinancialYear(2027), ReportingPeriod.FinancialYear(2026).Next());
        Assert.Equal(ReportingPeriod.Month(2027, 1), ReportingPeriod.Month(2026, 12).Next());
        Assert.Equal(ReportingPeriod.Custom(Day("2026-04-11"), Day("2026-04-20")), ReportingPeriod.Custom(Day("2026-04-01"), Day("2026-04-10")).Next());
    }

    [Fact]
    public void ACustomPeriodReadsAsItsDays() =>
        Assert.Equal("1 April to 10 May 2026", ReportingPeriod.Custom(Day("2026-04-01"), Day("2026-05-10")).Label);

    [Fact]
    public void ACustomPeriodCannotEndBeforeItStarts() =>
        Assert.Throws<ArgumentException>(() => ReportingPeriod.Custom(Day("2026-05-10"), Day("2026-04-01")));
}
