using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Tests.Timescales.Calendar;

public class SubstituteDayTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    // One row per weekday Christmas can fall on.
    [Theory]
    [InlineData(2017, "2017-12-25", false, "2017-12-26", false)] // Monday
    [InlineData(2018, "2018-12-25", false, "2018-12-26", false)] // Tuesday
    [InlineData(2019, "2019-12-25", false, "2019-12-26", false)] // Wednesday
    [InlineData(2025, "2025-12-25", false, "2025-12-26", false)] // Thursday
    [InlineData(2020, "2020-12-25", false, "2020-12-28", true)]  // Friday: Boxing Day on Saturday moves to Monday 28
    [InlineData(2021, "2021-12-27", true, "2021-12-28", true)]   // Saturday: Monday 27 and Tuesday 28
    [InlineData(2027, "2027-12-27", true, "2027-12-28", true)]   // Saturday, beyond the published list
    [InlineData(2022, "2022-12-27", true, "2022-12-26", false)]  // Sunday: Boxing Day stays Monday 26, Christmas moves to Tuesday 27
    [InlineData(2033, "2033-12-27", true, "2033-12-26", false)]  // Sunday, beyond the published list
    public void ChristmasAndBoxingDayMoveOffTheWeekendWithoutColliding(
        int year, string christmas, bool christmasIsSubstitute, string boxingDay, bool boxingDayIsSubstitute)
    {
        var holidays = Calendar.BankHolidays(year);

        Assert.Contains(new BankHoliday(Day.Of(christmas), "Christmas Day", christmasIsSubstitute), holidays);
        Assert.Contains(new BankHoliday(Day.Of(boxingDay), "Boxing Day", boxingDayIsSubstitute), holidays);
    }

    [Theory]
    [InlineData(2021, "2021-01-01", false)] // Friday
    [InlineData(2022, "2022-01-03", true)]  // Saturday
    [InlineData(2023, "2023-01-02", true)]  // Sunday
    [InlineData(2024, "2024-01-01", false)] // Monday
    [InlineData(2028, "2028-01-03", true)]  // Saturday, beyond the published list
    [InlineData(2034, "2034-01-02", true)]  // Sunday, beyond the published list
    public void NewYearsDayMovesToTheFollowingMondayWhenAtAWeekend(int year, string observed, bool isSubstitute)
    {
        var newYear = Calendar.BankHolidays(year).Single(h => h.Title == "New Year’s Day");

        Assert.Equal(new BankHoliday(Day.Of(observed), "New Year’s Day", isSubstitute), newYear);
    }

    [Theory]
    [InlineData("2021-12-25")]
    [InlineData("2021-12-26")]
    [InlineData("2022-01-01")]
    [InlineData("2022-12-25")]
    public void BankHolidaysListsTheObservedDayNotTheWeekendDate(string weekendDate)
    {
        var date = Day.Of(weekendDate);

        Assert.DoesNotContain(Calendar.BankHolidays(date.Year), h => h.Date == date);
    }

    [Theory]
    [InlineData(2029)]
    [InlineData(2030)]
    [InlineData(2031)]
    [InlineData(2032)]
    public void BankHolidaysHasEightWeekdaysGivenAYearWithNoOneOffDays(int year)
    {
        var holidays = Calendar.BankHolidays(year);

        Assert.Equal(8, holidays.Count);
        Assert.All(holidays, h => Assert.False(Calendar.IsWorkingDay(h.Date)));
        Assert.Equal(holidays.OrderBy(h => h.Date), holidays);
    }
}
