using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Tests.Timescales.Calendar;

public class WorkingDaysBetweenTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Theory]
    [InlineData("2026-05-05", "2026-05-01", 0)] // to before from
    [InlineData("2026-05-01", "2026-05-01", 0)] // same day: the day of receipt never counts
    [InlineData("2026-05-01", "2026-05-04", 0)] // only a weekend and a holiday
    [InlineData("2026-05-01", "2026-05-05", 1)]
    [InlineData("2026-01-09", "2026-01-12", 1)] // Fri to Mon
    [InlineData("2026-01-10", "2026-01-12", 1)] // Sat to Mon
    [InlineData("2026-01-12", "2026-01-16", 4)] // Mon to Fri excludes Mon
    [InlineData("2026-04-02", "2026-04-07", 1)] // Easter
    [InlineData("2026-12-24", "2027-01-04", 4)] // 29, 30, 31 Dec and 4 Jan
    [InlineData("2026-12-23", "2027-01-10", 9)] // Sunday before day 10
    [InlineData("2014-12-31", "2026-12-31", 3131 - 99)] // every weekday of 2015–2026 less the published holidays
    public void WorkingDaysBetweenCountsDaysAfterFromUpToAndIncludingTo(string from, string to, int expected)
    {
        Assert.Equal(expected, Calendar.WorkingDaysBetween(Day.Of(from), Day.Of(to)));
    }

    [Theory]
    [InlineData("2026-05-01", "2026-05-05", 4)]
    [InlineData("2026-05-05", "2026-05-01", -4)]
    [InlineData("2026-05-01", "2026-05-01", 0)]
    [InlineData("2024-02-28", "2024-03-01", 2)] // leap year
    [InlineData("2026-02-28", "2026-03-01", 1)]
    [InlineData("2024-01-01", "2025-01-01", 366)]
    [InlineData("2026-01-01", "2027-01-01", 365)]
    [InlineData("2026-12-23", "2027-01-11", 19)]
    public void CalendarDaysBetweenCountsEveryDayAndMayBeNegative(string from, string to, int expected)
    {
        Assert.Equal(expected, WorkingDayCalendar.CalendarDaysBetween(Day.Of(from), Day.Of(to)));
    }
}
