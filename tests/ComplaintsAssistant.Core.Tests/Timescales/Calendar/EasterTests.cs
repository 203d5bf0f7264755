using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Tests.Timescales.Calendar;

public class EasterTests
{
    [Theory]
    [InlineData("1818-03-22")] // earliest possible Easter
    [InlineData("1900-04-15")]
    [InlineData("1943-04-25")] // latest possible Easter
    [InlineData("1961-04-02")]
    [InlineData("2000-04-23")]
    [InlineData("2001-04-15")]
    [InlineData("2002-03-31")]
    [InlineData("2003-04-20")]
    [InlineData("2004-04-11")]
    [InlineData("2005-03-27")]
    [InlineData("2006-04-16")]
    [InlineData("2007-04-08")]
    [InlineData("2008-03-23")]
    [InlineData("2009-04-12")]
    [InlineData("2010-04-04")]
    [InlineData("2011-04-24")]
    [InlineData("2012-04-08")]
    [InlineData("2013-03-31")]
    [InlineData("2014-04-20")]
    [InlineData("2027-03-28")]
    [InlineData("2028-04-16")]
    [InlineData("2029-04-01")]
    [InlineData("2030-04-21")]
    [InlineData("2031-04-13")]
    [InlineData("2032-03-28")]
    [InlineData("2033-04-17")]
    [InlineData("2034-04-09")]
    [InlineData("2035-03-25")]
    [InlineData("2036-04-13")]
    [InlineData("2037-04-05")]
    [InlineData("2038-04-25")]
    [InlineData("2039-04-10")]
    [InlineData("2040-04-01")]
    [InlineData("2100-03-28")]
    [InlineData("2285-03-22")]
    public void GoodFridayAndEasterMondayFallEitherSideOfEasterSunday(string easterSunday)
    {
        var easter = Day.Of(easterSunday);

        var holidays = WorkingDayCalendar.EnglandAndWales.BankHolidays(easter.Year);

        Assert.Contains(new BankHoliday(easter.AddDays(-2), "Good Friday", IsSubstitute: false), holidays);
        Assert.Contains(new BankHoliday(easter.AddDays(1), "Easter Monday", IsSubstitute: false), holidays);
    }
}
