using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Timescales;
using static ComplaintsAssistant.Core.Tests.Cases.Given;

namespace ComplaintsAssistant.Core.Tests.Cases;

public class CaseDueDateTests
{
    // Stage 1 of a statutory complaint: 10 working days, day 1 the first working day after receipt.
    [Theory]
    [InlineData("2026-05-01", "2026-05-18")] // Fri; Mon 4 May is the early May bank holiday
    [InlineData("2026-01-12", "2026-01-26")] // Mon: two whole weeks
    [InlineData("2026-01-10", "2026-01-23")] // Sat: counts as if received Fri 9 Jan
    [InlineData("2026-04-02", "2026-04-20")] // Maundy Thursday: over Good Friday and Easter Monday
    [InlineData("2026-12-23", "2027-01-11")] // over Christmas, the Boxing Day substitute and New Year
    [InlineData("2026-12-25", "2027-01-12")] // received on Christmas Day
    public void LogDueDateIsTenWorkingDaysFromReceipt(string receivedOn, string dueOn)
    {
        var logged = StatutoryCase(receivedOn);

        Assert.Equal(Day(dueOn), logged.DueOn());
        Assert.Equal(Day(receivedOn), logged.CurrentStage!.Clock.StartedOn);
        Assert.Equal(ClockBasis.Receipt, logged.CurrentStage.ClockBasis);
    }

    [Theory]
    [InlineData(CaseKind.InformalRepresentation, "2026-05-18")]
    [InlineData(CaseKind.MemberEnquiry, "2026-05-18")]
    public void LogDueDateForOtherKindsIsTenWorkingDaysFromReceipt(CaseKind kind, string dueOn)
    {
        var input = kind == CaseKind.MemberEnquiry ? MemberEnquiry("2026-05-01") : Informal("2026-05-01");

        Assert.Equal(Day(dueOn), Logged(input).DueOn());
    }

    [Fact]
    public void LogCountsCorporateStage1ProvisionallyFromTheDayTheAcknowledgementIsDue()
    {
        // Received Fri 1 May 2026. Acknowledgement due in 5 working days: Mon 11 May (4 May is a holiday).
        // Response due 10 working days later: Tue 26 May (25 May is the spring bank holiday).
        var logged = CorporateCase("2026-05-01");

        Assert.Equal(ClockBasis.Acknowledgement, logged.CurrentStage!.ClockBasis);
        Assert.Equal(Day("2026-05-11"), logged.CurrentStage.Clock.StartedOn);
        Assert.Equal(Day("2026-05-26"), logged.DueOn());
    }

    [Fact]
    public void AcknowledgeRestartsTheCorporateStage1ClockFromTheAcknowledgement()
    {
        var logged = CorporateCase("2026-05-01");

        Assert.Null(logged.Acknowledge(Day("2026-05-05"), Manager, Now).Error);

        Assert.Equal(Day("2026-05-05"), logged.CurrentStage!.AcknowledgedOn);
        Assert.Equal(Day("2026-05-19"), logged.DueOn());
    }

    [Fact]
    public void LogCountsCorporateStage1FromAnAcknowledgementAlreadyMade()
    {
        var logged = Logged(Corporate("2026-05-01") with { AcknowledgedOn = Day("2026-05-06") });

        Assert.Equal(Day("2026-05-20"), logged.DueOn());
    }

    [Fact]
    public void AcknowledgeLeavesAStatutoryClockCountingFromReceipt()
    {
        var logged = StatutoryCase("2026-05-01");

        Assert.Null(logged.Acknowledge(Day("2026-05-06"), Manager, Now).Error);

        Assert.Equal(Day("2026-05-06"), logged.CurrentStage!.AcknowledgedOn);
        Assert.Equal(Day("2026-05-18"), logged.DueOn());
    }

    [Theory]
    [InlineData("2026-04-30", "acknowledgedOn", "acknowledgedOn-before-stageOpenedOn")]
    [InlineData("2027-03-02", "acknowledgedOn", "date-in-future")]
    public void AcknowledgeRefusesAnImpossibleDate(string on, string field, string rule)
    {
        Refused.Invalid(CorporateCase("2026-05-01").Acknowledge(Day(on), Manager, Now).Error, field, rule);
    }

    // Thurrock cut member enquiries from 10 to 7 working days from 1 September 2017 (domain.md).
    private static readonly ClockRules SevenDaysFromSeptember2017 = new(
        TimescalePolicy.Defaults.With([new TimescaleRule(CaseKind.MemberEnquiry, TimescaleKey.Stage1Response, new DateOnly(2017, 9, 1), new Timescale(7))]),
        WorkingDayCalendar.EnglandAndWales);

    [Theory]
    [InlineData("2017-08-31", 10, "2017-09-14")] // the day before the change: the old 10 days
    [InlineData("2017-09-01", 7, "2017-09-12")]  // the day of the change: 7
    [InlineData("2017-09-04", 7, "2017-09-13")]
    public void LogCountsAMemberEnquiryOnTheRuleInForceWhenItsClockStarts(string receivedOn, int workingDays, string dueOn)
    {
        var logged = Logged(MemberEnquiry(receivedOn), SevenDaysFromSeptember2017);

        Assert.Equal(workingDays, logged.CurrentStage!.Clock.AllowedWorkingDays);
        Assert.Equal(Day(dueOn), logged.DueOn());
    }

    [Fact]
    public void LogKeepsTheOtherKindsOnTheirOwnRulesWhenMemberEnquiriesChange()
    {
        Assert.Equal(10, Logged(Statutory("2017-09-04"), SevenDaysFromSeptember2017).CurrentStage!.Clock.AllowedWorkingDays);
    }

    [Fact]
    public void DueDateMovesWhenGovernmentDeclaresANewHoliday()
    {
        // The clock keeps its start and rule, so a holiday declared after logging moves the due date.
        var logged = StatutoryCase("2026-05-01");
        var withNewHoliday = WorkingDayCalendar.EnglandAndWales.WithGovUkFile("""
            {"england-and-wales":{"division":"england-and-wales","events":[
              {"title":"Early May bank holiday","date":"2026-05-04","notes":"","bunting":true},
              {"title":"Extra bank holiday","date":"2026-05-12","notes":"","bunting":true},
              {"title":"Spring bank holiday","date":"2026-05-25","notes":"","bunting":true}]}}
            """);

        Assert.Equal(Day("2026-05-19"), logged.CurrentStage!.Clock.DueOn(withNewHoliday));
    }
}
