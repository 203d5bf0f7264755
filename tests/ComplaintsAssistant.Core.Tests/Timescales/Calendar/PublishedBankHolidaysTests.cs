using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Tests.Timescales.Calendar;

public class PublishedBankHolidaysTests
{
    public static TheoryData<int> Years => [.. Enumerable.Range(2015, 12)];

    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Theory]
    [MemberData(nameof(Years))]
    public void BankHolidaysMatchesThePublishedGovUkListGivenRulesAndBuiltInDaysOnly(int year)
    {
        var expected = PublishedList.In(year).Select(e => (e.Date, e.IsSubstitute));

        var actual = Calendar.BankHolidays(year).Select(h => (h.Date, h.IsSubstitute));

        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void IsWorkingDayIsFalseExactlyOnWeekendsAndPublishedHolidays(int year)
    {
        var holidays = PublishedList.In(year).Select(e => e.Date).ToHashSet();
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            bool expected = day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day);
            Assert.True(expected == Calendar.IsWorkingDay(day), $"{day:yyyy-MM-dd} ({day.DayOfWeek})");
        }
    }

    [Fact]
    public void PublishedListHasNinetyNineDays()
    {
        // Guards the hand-typed oracle itself: 8 a year, plus 2 extra in 2022 and 1 in 2023.
        Assert.Equal(99, PublishedList.Events.Count);
    }
}
