using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Tests.Timescales.Calendar;

public class WithGovUkFileTests
{
    private static readonly WorkingDayCalendar BuiltIn = WorkingDayCalendar.EnglandAndWales;

    [Fact]
    public void WithGovUkFileAddsADeclaredDayAndMovesDueDates()
    {
        var calendar = BuiltIn.WithGovUkFile(GovUkJson.PublishedYear(2026, add: ["2026-07-06"]));

        Assert.False(calendar.IsWorkingDay(Day.Of("2026-07-06")));
        Assert.Equal(Day.Of("2026-07-07"), calendar.AddWorkingDays(Day.Of("2026-07-03"), 1));
        Assert.Equal(Day.Of("2026-07-20"), calendar.AddWorkingDays(Day.Of("2026-07-03"), 10));
        Assert.Equal(9, calendar.BankHolidays(2026).Count);
    }

    [Fact]
    public void WithGovUkFileLeavesTheOriginalCalendarUnchanged()
    {
        _ = BuiltIn.WithGovUkFile(GovUkJson.PublishedYear(2026, add: ["2026-07-06"]));

        Assert.True(BuiltIn.IsWorkingDay(Day.Of("2026-07-06")));
        Assert.Equal(Day.Of("2026-07-06"), BuiltIn.AddWorkingDays(Day.Of("2026-07-03"), 1));
    }

    [Fact]
    public void WithGovUkFileRemovesARuleDayGivenTheFileCoversThatYear()
    {
        // A hypothetical 2027 move of early May from Monday 3 to Friday 7 May.
        var json = GovUkJson.Of(
            ("2027-01-01", "New Year’s Day"), ("2027-03-26", "Good Friday"), ("2027-03-29", "Easter Monday"),
            ("2027-05-07", "Early May bank holiday"), ("2027-05-31", "Spring bank holiday"),
            ("2027-08-30", "Summer bank holiday"), ("2027-12-27", "Christmas Day"), ("2027-12-28", "Boxing Day"));

        var calendar = BuiltIn.WithGovUkFile(json);

        Assert.False(BuiltIn.IsWorkingDay(Day.Of("2027-05-03")));
        Assert.True(calendar.IsWorkingDay(Day.Of("2027-05-03")));
        Assert.False(calendar.IsWorkingDay(Day.Of("2027-05-07")));
        Assert.Equal(Day.Of("2027-05-03"), calendar.AddWorkingDays(Day.Of("2027-04-30"), 1));
    }

    [Fact]
    public void WithGovUkFileMakesTheFileAuthoritativeOnlyForYearsItCovers()
    {
        var calendar = BuiltIn.WithGovUkFile(GovUkJson.Of(("2030-01-01", "New Year’s Day")));

        Assert.Equal([Day.Of("2030-01-01")], calendar.BankHolidays(2030).Select(h => h.Date));
        Assert.True(calendar.IsWorkingDay(Day.Of("2030-12-25"))); // the file's 2030 list has no Christmas
        Assert.Equal(BuiltIn.BankHolidays(2029), calendar.BankHolidays(2029));
        Assert.Equal(BuiltIn.BankHolidays(2031), calendar.BankHolidays(2031));
    }

    [Fact]
    public void WithGovUkFileLetsALaterFileReplaceAnEarlierOneForTheSameYear()
    {
        var calendar = BuiltIn
            .WithGovUkFile(GovUkJson.PublishedYear(2026, add: ["2026-07-06"]))
            .WithGovUkFile(GovUkJson.PublishedYear(2026, add: ["2026-07-08"]));

        Assert.True(calendar.IsWorkingDay(Day.Of("2026-07-06")));
        Assert.False(calendar.IsWorkingDay(Day.Of("2026-07-08")));
    }

    [Fact]
    public void WithGovUkFileAgreesWithTheRulesGivenThePublishedList()
    {
        var calendar = BuiltIn.WithGovUkFile(PublishedList.Json);

        for (int year = 2015; year <= 2026; year++)
        {
            Assert.Equal(BuiltIn.BankHolidays(year), calendar.BankHolidays(year));
        }
    }

    [Fact]
    public void WithGovUkFileReadsSubstituteDaysFromNotes()
    {
        var calendar = BuiltIn.WithGovUkFile(PublishedList.Json);

        Assert.Contains(new BankHoliday(Day.Of("2026-12-28"), "Boxing Day", IsSubstitute: true), calendar.BankHolidays(2026));
    }

    [Theory]
    [InlineData("{", "not valid JSON")]
    [InlineData("[]", "england-and-wales")]
    [InlineData("""{"scotland":{"division":"scotland","events":[]}}""", "division \"england-and-wales\" is missing")]
    [InlineData("""{"england-and-wales":{"division":"england-and-wales"}}""", "events")]
    [InlineData("""{"england-and-wales":{"events":{}}}""", "events")]
    [InlineData("""{"england-and-wales":{"events":[1]}}""", "events[0] is not an object")]
    [InlineData("""{"england-and-wales":{"events":[{"title":"x","date":"2026-13-01"}]}}""", "events[0].date \"2026-13-01\"")]
    [InlineData("""{"england-and-wales":{"events":[{"title":"x","date":"01/05/2026"}]}}""", "events[0].date \"01/05/2026\"")]
    [InlineData("""{"england-and-wales":{"events":[{"title":"x","date":"2026-5-4"}]}}""", "events[0].date \"2026-5-4\"")]
    [InlineData("""{"england-and-wales":{"events":[{"title":"x","date":20260504}]}}""", "events[0].date is not a string")]
    [InlineData("""{"england-and-wales":{"events":[{"title":"x"}]}}""", "events[0].date is missing")]
    [InlineData("""{"england-and-wales":{"events":[{"date":"2026-05-04"}]}}""", "events[0].title is missing")]
    [InlineData("""{"england-and-wales":{"events":[{"title":"x","date":"2026-05-04","notes":false}]}}""", "events[0].notes is not a string")]
    [InlineData("""{"england-and-wales":{"events":[{"title":"x","date":"2026-05-04"},{"title":"y","date":"2026-05-04"}]}}""", "events[1].date 2026-05-04 appears twice")]
    public void WithGovUkFileThrowsFormatExceptionNamingTheProblem(string json, string expectedInMessage)
    {
        var error = Assert.Throws<FormatException>(() => BuiltIn.WithGovUkFile(json));

        Assert.Contains(expectedInMessage, error.Message);
    }

    [Fact]
    public void WithGovUkFileThrowsGivenNull()
    {
        Assert.Throws<ArgumentNullException>(() => BuiltIn.WithGovUkFile(null!));
    }
}
