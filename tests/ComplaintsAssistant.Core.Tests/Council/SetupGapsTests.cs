using ComplaintsAssistant.Core.Council;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Tests.Council;

public sealed class SetupGapsTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Fact]
    public void ACouncilWithItsTeamsOfficersAndNextYearsBankHolidaysHasNothingLeft() =>
        Assert.Empty(SetupGaps.Of(new CouncilSetupFacts(OwnTeams: true, ComplaintsOfficers: 2, LastPublishedHolidayYear: 2027), Today));

    [Fact]
    public void ANewInstallIsToldEachThingAndWhereToSetIt()
    {
        var gaps = SetupGaps.Of(new CouncilSetupFacts(OwnTeams: false, ComplaintsOfficers: 0, LastPublishedHolidayYear: null), Today);

        Assert.Collection(gaps,
            teams => Assert.StartsWith("Council:Teams", teams.Where),
            officers => Assert.StartsWith("Access:People with role ComplaintsOfficer", officers.Where),
            holidays =>
            {
                Assert.StartsWith("Bank holidays from 2026 come from the usual rules only", holidays.What);
                Assert.StartsWith("Council:BankHolidaysFile", holidays.Where);
            });
    }

    [Fact]
    public void AListThatEndsThisYearIsNotEnoughForCasesDueNextYear()
    {
        var gap = Assert.Single(SetupGaps.Of(new CouncilSetupFacts(OwnTeams: true, ComplaintsOfficers: 1, LastPublishedHolidayYear: 2026), Today));

        Assert.StartsWith("Bank holidays from 2027", gap.What);
    }

    [Fact]
    public void AMachineWithoutLondonsTimeZoneIsToldToInstallTheDatabase()
    {
        var gap = Assert.Single(SetupGaps.Of(new CouncilSetupFacts(OwnTeams: true, ComplaintsOfficers: 1, LastPublishedHolidayYear: 2027, LondonTimeKnown: false), Today));

        Assert.Contains("no Europe/London", gap.What);
        Assert.Contains("tzdata", gap.Where);
    }

    [Fact]
    public void TheCalendarSaysHowFarTheCouncilsListGoes()
    {
        Assert.Null(WorkingDayCalendar.EnglandAndWales.LastPublishedYear);
        var withList = WorkingDayCalendar.EnglandAndWales.WithGovUkFile("""
            { "england-and-wales": { "division": "england-and-wales", "events": [
              { "title": "New Year’s Day", "date": "2027-01-01", "notes": "", "bunting": true } ] } }
            """);
        Assert.Equal(2027, withList.LastPublishedYear);
    }
}
