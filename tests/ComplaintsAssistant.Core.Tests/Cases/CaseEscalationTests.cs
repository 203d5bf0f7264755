using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Timescales;
using static ComplaintsAssistant.Core.Tests.Cases.Given;

namespace ComplaintsAssistant.Core.Tests.Cases;

public class CaseEscalationTests
{
    // Stage 1 answered Fri 15 May 2026; the window is 20 working days (Mon 25 May is a holiday).
    [Theory]
    [InlineData("2026-05-15", 0)]
    [InlineData("2026-06-01", 10)]
    [InlineData("2026-06-15", 20)] // the last day in the window
    public void RequestEscalationAcceptsARequestWithinTwentyWorkingDays(string on, int workingDaysAfter)
    {
        var complaint = StatutoryResponded();

        var escalation = complaint.RequestEscalation(Day(on), null, Logger, Now, Rules);

        Assert.Null(escalation.Error);
        Assert.Equal(new Escalation(1, Day(on), workingDaysAfter, false, null), escalation.Value);
        Assert.Equal(CaseStatus.EscalationRequested, complaint.Status);
        Assert.Equal([escalation.Value], complaint.Escalations);
    }

    [Theory]
    [InlineData("2026-06-16", null)] // 21 working days: one too late
    [InlineData("2026-09-01", "   ")]
    public void RequestEscalationRefusesALateRequestWithoutAReason(string on, string? lateReason)
    {
        var complaint = StatutoryResponded();

        Refused.Invalid(complaint.RequestEscalation(Day(on), lateReason, Logger, Now, Rules).Error, "lateReason", "outside-escalation-window");
        Assert.Equal(CaseStatus.Responded, complaint.Status);
        Assert.Empty(complaint.Escalations);
    }

    [Fact]
    public void RequestEscalationAcceptsALateRequestWithAReasonAndMarksItLate()
    {
        var complaint = StatutoryResponded();

        var escalation = complaint.RequestEscalation(Day("2026-06-16"), " Complainant was in hospital. ", Logger, Now, Rules);

        Assert.Null(escalation.Error);
        Assert.Equal(new Escalation(1, Day("2026-06-16"), 21, true, "Complainant was in hospital."), escalation.Value);
        Assert.Equal(CaseStatus.EscalationRequested, complaint.Status);
    }

    [Fact]
    public void RequestEscalationIgnoresALateReasonGivenInTime()
    {
        var escalation = StatutoryResponded().RequestEscalation(Day("2026-06-01"), "just in case", Logger, Now, Rules);

        Assert.Equal((false, (string?)null), (escalation.Value.OutsideWindow, escalation.Value.LateReason));
    }

    [Theory]
    [InlineData("2026-05-14", "requestedOn", "requestedOn-before-respondedOn")]
    [InlineData("2027-03-02", "requestedOn", "date-in-future")]
    public void RequestEscalationRefusesAnImpossibleDate(string on, string field, string rule)
    {
        Refused.Invalid(StatutoryResponded().RequestEscalation(Day(on), null, Logger, Now, Rules).Error, field, rule);
    }

    [Fact]
    public void RequestEscalationRefusesBeforeTheStageIsAnswered()
    {
        var error = Refused.ByWorkflow(StatutoryCase().RequestEscalation(Day("2026-05-15"), null, Logger, Now, Rules).Error, "escalation-not-allowed");

        Assert.Equal("Can't request escalation: CC-2026-0001 is in progress.", error.Message);
    }

    [Fact]
    public void RequestEscalationUsesTheCouncilsWindow()
    {
        // A council with a 10-working-day window for corporate complaints (domain.md: "10 working days").
        var tenDays = new ClockRules(
            TimescalePolicy.Defaults.With([new TimescaleRule(CaseKind.CorporateComplaint, TimescaleKey.EscalationWindow, DateOnly.MinValue, new Timescale(10))]),
            WorkingDayCalendar.EnglandAndWales);
        var complaint = CorporateCase().Responds("2026-05-15");

        Refused.Invalid(complaint.RequestEscalation(Day("2026-06-02"), null, Logger, Now, tenDays).Error, "lateReason", "outside-escalation-window");
        Assert.Null(complaint.RequestEscalation(Day("2026-06-01"), null, Logger, Now, tenDays).Error);
    }

    private static ClockRules CorporateWindow(Timescale window) => new(
        TimescalePolicy.Defaults.With([new TimescaleRule(CaseKind.CorporateComplaint, TimescaleKey.EscalationWindow, DateOnly.MinValue, window)]),
        WorkingDayCalendar.EnglandAndWales);

    [Fact]
    public void RequestEscalationUsesAWindowInCalendarDays()
    {
        // "Within 28 days" of a response on Fri 15 May 2026 ends on Fri 12 Jun; 20 working days would run to Mon 15 Jun.
        var rules = CorporateWindow(new Timescale(28, Unit: TimescaleUnit.CalendarDays));

        Assert.Null(CorporateCase().Responds("2026-05-15").RequestEscalation(Day("2026-06-12"), null, Logger, Now, rules).Error);
        var error = Refused.Invalid(CorporateCase().Responds("2026-05-15").RequestEscalation(Day("2026-06-15"), null, Logger, Now, rules).Error,
            "lateReason", "outside-escalation-window");
        Assert.Equal("The request came on 15 June 2026, after the escalation window of 28 calendar days from the stage 1 response ended on 12 June 2026. " +
            "It can still be accepted: give the reason for accepting it late.", error.Message);
    }

    [Fact]
    public void RequestEscalationUsesAWindowOfACalendarMonthEndingOnTheMonthsLastDay()
    {
        // "Within one month" of a response on Fri 30 Jan 2026: February has no 30th, so the window ends on Sat 28 Feb
        // (20 working days would have ended on Fri 27 Feb).
        var rules = CorporateWindow(new Timescale(1, Unit: TimescaleUnit.CalendarMonths));
        Case Responded() => CorporateCase("2026-01-16").Responds("2026-01-30");

        var inTime = Responded().RequestEscalation(Day("2026-02-28"), null, Logger, Now, rules);
        Assert.Equal(new Escalation(1, Day("2026-02-28"), 20, false, null), inTime.Value);
        var late = Responded().RequestEscalation(Day("2026-03-02"), "Letter went astray.", Logger, Now, rules);
        Assert.True(late.Value.OutsideWindow);
    }

    [Fact]
    public void OpenNextStageOpensStatutoryStage2CountedFromTheRequest()
    {
        var complaint = StatutoryEscalated(); // asked for Mon 1 Jun 2026

        Assert.Null(complaint.OpenNextStage(new NextStage(" investigator-1 ", Day("2026-06-03"), " Pat Independent "), "officer-1", Now, Rules).Error);

        Assert.Equal(CaseStatus.InProgress, complaint.Status);
        var stage = complaint.CurrentStage!;
        Assert.Equal((2, "investigator-1", "Pat Independent", Day("2026-06-03")), (stage.Number, stage.Owner, stage.IndependentPerson, stage.OpenedOn));
        Assert.Equal(Day("2026-06-01"), stage.Clock.StartedOn);
        Assert.Equal(Day("2026-07-06"), complaint.DueOn()); // 25 working days
        Assert.Equal("investigator-1", complaint.Owner);
        var escalation = Assert.Single(complaint.Escalations);
        Assert.Equal((EscalationDecision.Progressed, Day("2026-06-03")), (escalation.Decision, escalation.DecidedOn));
        Assert.Equal(Outcome.PartiallyUpheld, complaint.Stages[0].Outcome); // stage 1 history kept
    }

    [Theory]
    [InlineData("", IndependentPerson, "owner", "required")]
    [InlineData(Investigator, null, "independentPerson", "required")]
    [InlineData(Investigator, " ", "independentPerson", "required")]
    public void OpenNextStageRefusesStatutoryStage2WithoutAnInvestigatorAndAnIndependentPerson(string owner, string? person, string field, string rule)
    {
        var complaint = StatutoryEscalated();

        Refused.Invalid(complaint.OpenNextStage(new NextStage(owner, Day("2026-06-01"), person), "officer-1", Now, Rules).Error, field, rule);
        Assert.Equal(CaseStatus.EscalationRequested, complaint.Status);
        Assert.Single(complaint.Stages);
    }

    [Theory]
    [InlineData("2026-05-29", "openedOn", "openedOn-before-requestedOn")]
    [InlineData("2027-03-02", "openedOn", "date-in-future")]
    public void OpenNextStageRefusesAnImpossibleDate(string on, string field, string rule)
    {
        Refused.Invalid(StatutoryEscalated().OpenNextStage(new NextStage(Investigator, Day(on), IndependentPerson), "officer-1", Now, Rules).Error, field, rule);
    }

    [Fact]
    public void OpenNextStageRefusesTheSamePersonAtCorporateStage2()
    {
        var complaint = CorporateCase().Responds("2026-05-15").Escalates("2026-06-01");

        Refused.Invalid(complaint.OpenNextStage(new NextStage(" MANAGER-1 ", Day("2026-06-01")), "officer-1", Now, Rules).Error,
            "owner", "different-person-at-stage2");
    }

    [Fact]
    public void OpenNextStageOpensCorporateStage2WithADifferentPersonAndNoIndependentPerson()
    {
        var complaint = CorporateCase().Responds("2026-05-15").Escalates("2026-06-01");

        Assert.Null(complaint.OpenNextStage(new NextStage("head-of-service-1", Day("2026-06-01")), "officer-1", Now, Rules).Error);

        // Counted provisionally from its acknowledgement, due 5 working days after the request (Mon 8 Jun):
        // 20 working days later is Mon 6 Jul 2026.
        Assert.Equal(ClockBasis.Acknowledgement, complaint.CurrentStage!.ClockBasis);
        Assert.Equal(Day("2026-07-06"), complaint.DueOn());
    }

    [Fact]
    public void AcknowledgeRestartsTheCorporateStage2ClockFromItsAcknowledgement()
    {
        var complaint = CorporateCase().Responds("2026-05-15").Escalates("2026-06-01")
            .OpensNextStage(new NextStage("head-of-service-1", Day("2026-06-01")));

        Assert.Null(complaint.Acknowledge(Day("2026-06-02"), "head-of-service-1", Now).Error);

        Assert.Equal(Day("2026-06-30"), complaint.DueOn()); // 20 working days from Tue 2 Jun 2026
    }

    [Fact]
    public void OpenNextStageRefusesBeforeAnEscalationIsRequested()
    {
        var error = Refused.ByWorkflow(StatutoryResponded().OpenNextStage(new NextStage(Investigator, Day("2026-06-01"), IndependentPerson), "officer-1", Now, Rules).Error,
            "next-stage-not-allowed");

        Assert.Equal("Can't open the next stage: CC-2026-0001 is responded to.", error.Message);
    }

    [Fact]
    public void OpenNextStageCountsStage2FromTheStatementDateGivenWhenOpening()
    {
        var complaint = StatutoryEscalated(CountedFromTheAgreedStatement).OpensStage2("2026-06-01", statementAgreedOn: "2026-06-08", rules: CountedFromTheAgreedStatement);

        Assert.Equal(Day("2026-07-13"), complaint.DueOn());
        Assert.Equal(Day("2026-06-08"), complaint.CurrentStage!.StatementAgreedOn);
    }

    [Fact]
    public void OpenNextStageRefusesAStatementAgreedBeforeTheRequest()
    {
        var complaint = StatutoryEscalated(CountedFromTheAgreedStatement);

        Refused.Invalid(complaint.OpenNextStage(new NextStage(Investigator, Day("2026-06-01"), IndependentPerson, Day("2026-05-29")), "officer-1", Now, CountedFromTheAgreedStatement).Error,
            "statementAgreedOn", "statementAgreedOn-before-requestedOn");
    }

    [Fact]
    public void OpenNextStageRefusesAStatementAgreedInTheFuture()
    {
        var complaint = StatutoryEscalated(CountedFromTheAgreedStatement);

        Refused.Invalid(complaint.OpenNextStage(new NextStage(Investigator, Day("2026-06-01"), IndependentPerson, Day("2027-03-02")), "officer-1", Now, CountedFromTheAgreedStatement).Error,
            "statementAgreedOn", "date-in-future");
    }

    [Theory]
    [InlineData(RefusalGround.CourtProceedings)]
    [InlineData(RefusalGround.NotInChildsBestInterests)]
    [InlineData(RefusalGround.ResolvedAtMeeting)]
    [InlineData(RefusalGround.Other)]
    public void RefuseEscalationClosesTheCaseWithTheGround(RefusalGround ground)
    {
        var complaint = StatutoryEscalated();

        Assert.Null(complaint.RefuseEscalation(ground, " Care proceedings under way. ", Day("2026-06-05"), "officer-1", Now).Error);

        Assert.Equal(CaseStatus.Closed, complaint.Status);
        Assert.Equal(Day("2026-06-05"), complaint.Snapshot.ClosedOn);
        var escalation = Assert.Single(complaint.Escalations);
        Assert.Equal((EscalationDecision.NotProgressed, $"{ground}: Care proceedings under way.", Day("2026-06-05")),
            (escalation.Decision, escalation.DecisionNote, escalation.DecidedOn));
        Assert.Single(complaint.Stages);
    }

    [Theory]
    [InlineData((RefusalGround)9, "note", "2026-06-05", "ground", "unknown-value")]
    [InlineData(RefusalGround.CourtProceedings, " ", "2026-06-05", "note", "required")]
    [InlineData(RefusalGround.CourtProceedings, "note", "2026-05-29", "decidedOn", "decidedOn-before-requestedOn")]
    [InlineData(RefusalGround.CourtProceedings, "note", "2027-03-02", "decidedOn", "date-in-future")]
    public void RefuseEscalationRefusesIncompleteInput(RefusalGround ground, string note, string on, string field, string rule)
    {
        var complaint = StatutoryEscalated();

        Refused.Invalid(complaint.RefuseEscalation(ground, note, Day(on), "officer-1", Now).Error, field, rule);
        Assert.Equal(CaseStatus.EscalationRequested, complaint.Status);
    }

    [Fact]
    public void ResolveByAdrClosesTheCaseWithoutOpeningStage2()
    {
        var complaint = StatutoryEscalated();

        Assert.Null(complaint.ResolveByAdr(Day("2026-06-10"), " Mediation meeting; agreed plan. ", "officer-1", Now).Error);

        Assert.Equal(CaseStatus.Closed, complaint.Status);
        Assert.Equal(Day("2026-06-10"), complaint.Snapshot.ClosedOn);
        Assert.Single(complaint.Stages);
        var escalation = Assert.Single(complaint.Escalations);
        Assert.Equal((EscalationDecision.ResolvedByAdr, "Mediation meeting; agreed plan.", Day("2026-06-10")),
            (escalation.Decision, escalation.DecisionNote, escalation.DecidedOn));
    }

    [Theory]
    [InlineData("", "2026-06-10", "note", "required")]
    [InlineData("met", "2026-05-29", "resolvedOn", "resolvedOn-before-requestedOn")]
    [InlineData("met", "2027-03-02", "resolvedOn", "date-in-future")]
    public void ResolveByAdrRefusesIncompleteInput(string note, string on, string field, string rule)
    {
        Refused.Invalid(StatutoryEscalated().ResolveByAdr(Day(on), note, "officer-1", Now).Error, field, rule);
    }

    [Fact]
    public void RequestEscalationAfterTheLastCorporateStageIsAnsweredWithTheOmbudsman()
    {
        // Corporate complaints have two stages; the stage 2 response ends the council's process (and closes the case).
        var complaint = CorporateAtStage2();

        Assert.Null(complaint.RecordResponse(Response("2026-06-26"), "head-of-service-1", Now).Error);

        Assert.Equal(CaseStatus.Closed, complaint.Status);
        var error = Refused.ByWorkflow(complaint.RequestEscalation(Day("2026-06-29"), null, Logger, Now, Rules).Error, "ombudsman-route");
        Assert.Contains("Local Government and Social Care Ombudsman", error.Message);
    }

    [Fact]
    public void RequestEscalationRefusesAnEnquiryWithNoFurtherStage()
    {
        var enquiry = Logged(Ombudsman()).Responds("2026-06-20");

        var error = Refused.ByWorkflow(enquiry.RequestEscalation(Day("2026-06-22"), null, Logger, Now, Rules).Error, "no-further-stage");

        Assert.Contains("Ombudsman enquiry has no stage after stage 1", error.Message);
    }

    [Fact]
    public void RequestEscalationFromStatutoryStage2IsCountedFromTheStage2Response()
    {
        var complaint = StatutoryAtStage2().Responds("2026-07-03");

        var escalation = complaint.RequestEscalation(Day("2026-07-06"), null, Logger, Now, Rules);

        Assert.Equal(new Escalation(2, Day("2026-07-06"), 1, false, null), escalation.Value);
    }
}
