using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Tests.Timescales.Calendar;

public class AddWorkingDaysTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    // Expected dates counted by hand, one row per boundary; day 1 is the first working day after receipt.
    [Theory]
    [InlineData("2026-05-01", 1, "2026-05-05")]  // Fri; Mon 4 May is early May
    [InlineData("2026-05-01", 20, "2026-06-02")] // skips Mon 25 May, spring
    [InlineData("2026-01-09", 1, "2026-01-12")]  // Fri to Mon
    [InlineData("2026-01-12", 5, "2026-01-19")]  // one whole week
    [InlineData("2026-01-12", 10, "2026-01-26")] // two whole weeks
    [InlineData("2026-04-01", 1, "2026-04-02")]  // Wed to Maundy Thursday
    [InlineData("2026-04-02", 1, "2026-04-07")]  // over Good Friday, the weekend and Easter Monday
    [InlineData("2026-03-30", 10, "2026-04-15")] // across Easter
    [InlineData("2026-12-23", 10, "2027-01-11")] // across Christmas, Boxing Day substitute and New Year
    [InlineData("2026-12-23", 20, "2027-01-25")]
    [InlineData("2026-12-23", 25, "2027-02-01")]
    [InlineData("2026-12-24", 1, "2026-12-29")]
    [InlineData("2021-12-24", 1, "2021-12-29")]  // both Christmas substitutes
    [InlineData("2022-12-23", 1, "2022-12-28")]  // Boxing Day then Christmas substitute
    [InlineData("2015-12-24", 1, "2015-12-29")]
    [InlineData("2026-09-07", 65, "2026-12-07")] // 13 whole weeks, no holidays
    [InlineData("2026-01-05", 65, "2026-04-08")] // 13 weeks plus Good Friday and Easter Monday
    [InlineData("2020-05-01", 1, "2020-05-04")]  // 4 May 2020 was a working day
    [InlineData("2020-05-07", 1, "2020-05-11")]  // over VE day
    [InlineData("2022-06-01", 1, "2022-06-06")]  // over the Platinum Jubilee days
    [InlineData("2022-09-16", 1, "2022-09-20")]  // over the state funeral
    [InlineData("2023-05-05", 1, "2023-05-09")]  // over the coronation
    public void AddWorkingDaysCountsFromTheNextWorkingDay(string start, int workingDays, string expected)
    {
        Assert.Equal(Day.Of(expected), Calendar.AddWorkingDays(Day.Of(start), workingDays));
    }

    // Receipt on a non-working day: day 1 is still the first working day after it.
    [Theory]
    [InlineData("2026-01-10", 1, "2026-01-12")] // Saturday
    [InlineData("2026-01-11", 1, "2026-01-12")] // Sunday
    [InlineData("2026-04-03", 1, "2026-04-07")] // Good Friday
    [InlineData("2026-04-06", 1, "2026-04-07")] // Easter Monday
    [InlineData("2026-12-25", 1, "2026-12-29")] // Christmas Day
    [InlineData("2026-12-26", 1, "2026-12-29")] // Boxing Day, a Saturday
    [InlineData("2026-12-26", 10, "2027-01-12")] // Thu 24 Dec no longer counts
    public void AddWorkingDaysCountsFromTheNextWorkingDayGivenAStartOnANonWorkingDay(string start, int workingDays, string expected)
    {
        Assert.Equal(Day.Of(expected), Calendar.AddWorkingDays(Day.Of(start), workingDays));
    }

    [Theory]
    [InlineData("2026-05-01")] // working day
    [InlineData("2026-01-10")] // Saturday
    [InlineData("2026-12-25")] // holiday
    public void AddWorkingDaysReturnsTheStartGivenZero(string start)
    {
        Assert.Equal(Day.Of(start), Calendar.AddWorkingDays(Day.Of(start), 0));
    }

    [Fact]
    public void AddWorkingDaysThrowsGivenANegativeCount()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(Day.Of("2026-05-01"), -1));
    }

    [Fact]
    public void AddWorkingDaysSpansManyYearsInOneCall()
    {
        // 2015–2026 has 3,131 weekdays, less the 99 published holidays.
        int workingDays = 3131 - 99;

        Assert.Equal(Day.Of("2026-12-31"), Calendar.AddWorkingDays(Day.Of("2014-12-31"), workingDays));
    }
}
