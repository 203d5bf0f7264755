using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Tests.Timescales.Calendar;

public class OneOffDayTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Theory]
    [InlineData("1995-05-08", "Early May bank holiday (VE day)")]
    [InlineData("1999-12-31", "Millennium Celebrations")]
    [InlineData("2002-06-03", "Golden Jubilee of Queen Elizabeth II")]
    [InlineData("2002-06-04", "Spring bank holiday")]
    [InlineData("2011-04-29", "Wedding of Prince William and Catherine Middleton")]
    [InlineData("2012-06-04", "Spring bank holiday")]
    [InlineData("2012-06-05", "Diamond Jubilee of Queen Elizabeth II")]
    [InlineData("2020-05-08", "Early May bank holiday (VE day)")]
    [InlineData("2022-06-02", "Spring bank holiday")]
    [InlineData("2022-06-03", "Platinum Jubilee bank holiday")]
    [InlineData("2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II")]
    [InlineData("2023-05-08", "Bank holiday for the coronation of King Charles III")]
    public void BankHolidaysIncludesEachDeclaredOneOffDay(string date, string title)
    {
        var day = Day.Of(date);

        Assert.Contains(new BankHoliday(day, title, IsSubstitute: false), Calendar.BankHolidays(day.Year));
        Assert.False(Calendar.IsWorkingDay(day));
    }

    [Theory]
    [InlineData("1995-05-01")] // early May, moved to 8 May for VE day's 50th anniversary
    [InlineData("2002-05-27")] // spring, moved to 4 June for the Golden Jubilee
    [InlineData("2012-05-28")] // spring, moved to 4 June for the Diamond Jubilee
    [InlineData("2020-05-04")] // early May, moved to 8 May for VE day's 75th anniversary
    [InlineData("2022-05-30")] // spring, moved to 2 June for the Platinum Jubilee
    public void IsWorkingDayIsTrueOnTheRuleDayAMoveReplaced(string ruleDate)
    {
        var day = Day.Of(ruleDate);

        Assert.True(Calendar.IsWorkingDay(day));
        Assert.DoesNotContain(Calendar.BankHolidays(day.Year), h => h.Date == day);
    }

    [Theory]
    [InlineData("1996-05-06")] // early May again the first Monday
    [InlineData("2013-05-27")] // spring again the last Monday
    [InlineData("2021-05-03")]
    [InlineData("2023-05-29")]
    public void IsWorkingDayIsFalseOnTheRuleDayInTheYearAfterAMove(string ruleDate)
    {
        Assert.False(Calendar.IsWorkingDay(Day.Of(ruleDate)));
    }

    [Theory]
    [InlineData(1995, 8)]
    [InlineData(1999, 9)]
    [InlineData(2002, 9)]
    [InlineData(2011, 9)]
    [InlineData(2012, 9)]
    [InlineData(2020, 8)]
    [InlineData(2022, 10)]
    [InlineData(2023, 9)]
    public void BankHolidaysCountsOneOffDaysOnceAndMovedDaysOnce(int year, int count)
    {
        Assert.Equal(count, Calendar.BankHolidays(year).Count);
    }
}
