using ComplaintsAssistant.Core.Cases;
using static ComplaintsAssistant.Core.Tests.Cases.Given;

namespace ComplaintsAssistant.Core.Tests.Cases;

public class CaseRecordResponseTests
{
    [Fact]
    public void RecordResponseMovesAComplaintToResponded()
    {
        var complaint = StatutoryCase("2026-05-01");

        var result = complaint.RecordResponse(Response("2026-05-15", Outcome.PartiallyUpheld), Manager, Now);

        Assert.Null(result.Error);
        Assert.Equal(CaseStatus.Responded, complaint.Status);
        var stage = complaint.CurrentStage!;
        Assert.Equal((Day("2026-05-15"), Outcome.PartiallyUpheld), (stage.RespondedOn, stage.Outcome));
        Assert.Equal([Resolution.Apology, Resolution.ExplanationGiven], stage.Resolutions);
        Assert.Null(complaint.RunningClock);
        Assert.Null(complaint.Snapshot.ClosedOn);
    }

    [Fact]
    public void RecordResponseLeavesACorporateStage1OpenForEscalation()
    {
        var complaint = CorporateCase();

        Assert.Null(complaint.RecordResponse(Response("2026-05-15"), Manager, Now).Error);

        Assert.Equal(CaseStatus.Responded, complaint.Status);
    }

    [Theory]
    [InlineData(CaseKind.MemberEnquiry)]
    [InlineData(CaseKind.InformalRepresentation)]
    public void RecordResponseClosesASingleStageKind(CaseKind kind)
    {
        var enquiry = Logged(kind == CaseKind.MemberEnquiry ? MemberEnquiry() : Informal());

        Assert.Null(enquiry.RecordResponse(new StageResponse(Day("2026-05-12"), Outcome.NotUpheld), Manager, Now).Error);

        Assert.Equal(CaseStatus.Closed, enquiry.Status);
        Assert.Equal(Day("2026-05-12"), enquiry.Snapshot.ClosedOn);
    }

    [Fact]
    public void RecordResponseLeavesAnOmbudsmanEnquiryAwaitingTheFinding()
    {
        var enquiry = Logged(Ombudsman());

        Assert.Null(enquiry.RecordResponse(new StageResponse(Day("2026-06-20"), Outcome.NotUpheld), Manager, Now).Error);

        Assert.Equal(CaseStatus.Responded, enquiry.Status);
    }

    [Theory]
    [InlineData("2026-04-30", "respondedOn", "respondedOn-before-receivedOn")]
    [InlineData("2027-03-02", "respondedOn", "date-in-future")]
    public void RecordResponseRefusesAnImpossibleDate(string on, string field, string rule)
    {
        var complaint = StatutoryCase("2026-05-01");

        Refused.Invalid(complaint.RecordResponse(Response(on), Manager, Now).Error, field, rule);
        Assert.Equal(CaseStatus.InProgress, complaint.Status);
        Assert.Null(complaint.CurrentStage!.RespondedOn);
    }

    [Theory]
    [InlineData("2026-05-01")] // the day of receipt
    [InlineData("2027-03-01")] // today
    public void RecordResponseAcceptsTheDayOfReceiptAndToday(string on)
    {
        Assert.Null(StatutoryCase("2026-05-01").RecordResponse(Response(on), Manager, Now).Error);
    }

    [Fact]
    public void RecordResponseRefusesAStage2ResponseBeforeTheStageOpened()
    {
        var complaint = StatutoryAtStage2(); // opened Mon 1 Jun 2026

        Refused.Invalid(complaint.RecordResponse(Response("2026-05-29"), Investigator, Now).Error, "respondedOn", "respondedOn-before-stageOpenedOn");
    }

    [Theory]
    [InlineData(Outcome.InProgress)]
    [InlineData((Outcome)42)]
    public void RecordResponseRefusesAnOutcomeThatIsNotAFinding(Outcome outcome)
    {
        Refused.Invalid(StatutoryCase().RecordResponse(Response("2026-05-15", outcome), Manager, Now).Error, "outcome", "final-outcome-required");
    }

    [Theory]
    [InlineData(CaseKind.StatutoryComplaint)]
    [InlineData(CaseKind.CorporateComplaint)]
    public void RecordResponseRefusesAComplaintResponseWithoutAResolution(CaseKind kind)
    {
        var complaint = Logged(Statutory() with { Kind = kind });

        Refused.Invalid(complaint.RecordResponse(new StageResponse(Day("2026-05-15"), Outcome.Upheld, []), Manager, Now).Error,
            "resolutions", "at-least-one-resolution");
        Refused.Invalid(complaint.RecordResponse(new StageResponse(Day("2026-05-15"), Outcome.Upheld), Manager, Now).Error,
            "resolutions", "at-least-one-resolution");
    }

    [Fact]
    public void RecordResponseRefusesAnUnknownResolution()
    {
        var response = new StageResponse(Day("2026-05-15"), Outcome.Upheld, [Resolution.Apology, (Resolution)99]);

        Refused.Invalid(StatutoryCase().RecordResponse(response, Manager, Now).Error, "resolutions", "unknown-value");
    }

    [Fact]
    public void RecordResponseKeepsTheOutcomeOfEachConcernIncludingRepeatedCategories()
    {
        var complaint = StatutoryCase(); // concerns: 1 communication, 2 level of service, 3 communication again

        var response = Response("2026-05-15", Outcome.PartiallyUpheld,
            new ConcernOutcome(1, Outcome.Upheld), new ConcernOutcome(2, Outcome.NotUpheld), new ConcernOutcome(3, Outcome.NotUpheld));
        Assert.Null(complaint.RecordResponse(response, Manager, Now).Error);

        Assert.Equal(
            [new ConcernOutcome(1, Outcome.Upheld), new ConcernOutcome(2, Outcome.NotUpheld), new ConcernOutcome(3, Outcome.NotUpheld)],
            complaint.CurrentStage!.ConcernOutcomes);
    }

    [Fact]
    public void RecordResponseKeepsEachStagesConcernOutcomesSeparately()
    {
        var complaint = StatutoryCase();
        Assert.Null(complaint.RecordResponse(Response("2026-05-15", Outcome.NotUpheld), Manager, Now).Error);
        complaint.Escalates("2026-06-01").OpensStage2("2026-06-01");

        Assert.Null(complaint.RecordResponse(Response("2026-07-03", Outcome.Upheld,
            new ConcernOutcome(1, Outcome.Upheld), new ConcernOutcome(2, Outcome.NotUpheld), new ConcernOutcome(3, Outcome.Upheld)), Investigator, Now).Error);

        Assert.Equal(Outcome.NotUpheld, complaint.Stages[0].ConcernOutcomes![0].Outcome);
        Assert.Equal([Outcome.Upheld, Outcome.NotUpheld, Outcome.Upheld], complaint.Stages[1].ConcernOutcomes!.Select(o => o.Outcome));
        Assert.Equal((Outcome.NotUpheld, Outcome.Upheld), (complaint.Stages[0].Outcome, complaint.Stages[1].Outcome));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)] // the case has three concerns
    [InlineData(-1)]
    public void RecordResponseRefusesAnOutcomeForAConcernTheCaseDoesNotHave(int concernNumber)
    {
        var response = Response("2026-05-15", Outcome.Upheld, new ConcernOutcome(1, Outcome.Upheld), new ConcernOutcome(concernNumber, Outcome.Upheld));

        Refused.Invalid(StatutoryCase().RecordResponse(response, Manager, Now).Error, "concernOutcomes[1].concernNumber", "unknown-concern");
    }

    [Fact]
    public void RecordResponseRefusesTwoOutcomesForOneConcern()
    {
        var response = Response("2026-05-15", Outcome.Upheld, new ConcernOutcome(2, Outcome.Upheld), new ConcernOutcome(2, Outcome.NotUpheld));

        Refused.Invalid(StatutoryCase().RecordResponse(response, Manager, Now).Error, "concernOutcomes", "one-outcome-per-concern");
    }

    [Fact]
    public void RecordResponseRefusesAnUnknownConcernOutcome()
    {
        var response = Response("2026-05-15", Outcome.Upheld, new ConcernOutcome(1, (Outcome)42));

        Refused.Invalid(StatutoryCase().RecordResponse(response, Manager, Now).Error, "concernOutcomes[0].outcome", "unknown-value");
    }

    [Fact]
    public void RecordResponseRefusesAConcernLeftWithoutAnOutcomeNamingEach()
    {
        var complaint = StatutoryCase(); // concerns: 1 communication, 2 level of service, 3 communication again

        var error = Refused.Invalid(complaint.RecordResponse(Response("2026-05-15", Outcome.Upheld, new ConcernOutcome(2, Outcome.Upheld)), Manager, Now).Error,
            "concernOutcomes", "outcome-for-every-concern");

        Assert.Equal("Give an outcome for every concern: concern 1 (Lack of communication) and concern 3 (Lack of communication) have none yet.", error.Message);
        Assert.Equal(CaseStatus.InProgress, complaint.Status);
    }

    [Fact]
    public void RecordResponseRefusesAResponseWithNoConcernOutcomesAtAll()
    {
        var response = new StageResponse(Day("2026-05-15"), Outcome.Upheld, [Resolution.Apology]);

        Refused.Invalid(CorporateCase().RecordResponse(response, Manager, Now).Error, "concernOutcomes", "outcome-for-every-concern");
    }

    [Fact]
    public void RecordResponseRefusesAConcernOutcomeThatIsNotAFinding()
    {
        var response = Response("2026-05-15", Outcome.Upheld,
            new ConcernOutcome(1, Outcome.Upheld), new ConcernOutcome(2, Outcome.InProgress), new ConcernOutcome(3, Outcome.Upheld));

        Refused.Invalid(StatutoryCase().RecordResponse(response, Manager, Now).Error, "concernOutcomes[1].outcome", "final-outcome-required");
    }

    [Fact]
    public void RecordResponseGivesEveryBrokenRuleAtOnceInWordsOnePerField()
    {
        var complaint = StatutoryCase("2026-04-02");
        var response = new StageResponse(Day("2026-03-01"), Outcome.InProgress, []);

        var error = Refused.Invalid(complaint.RecordResponse(response, Manager, Now).Error, "respondedOn", "respondedOn-before-receivedOn");

        Assert.Equal("The response date can't be before the date the complaint was received (2 April 2026).", error.Message);
        Assert.Equal(
            [("respondedOn", "respondedOn-before-receivedOn"), ("outcome", "final-outcome-required"), ("resolutions", "at-least-one-resolution"),
             ("concernOutcomes", "outcome-for-every-concern")],
            error.All.Select(e => (e.Field, e.Rule)));
    }

    [Fact]
    public void RecordResponseRefusesASecondResponseToTheSameStage()
    {
        var complaint = StatutoryResponded();

        var error = Refused.ByWorkflow(complaint.RecordResponse(Response("2026-05-20"), Manager, Now).Error, "response-not-allowed");
        Assert.Equal("Can't record a response: CC-2026-0001 is responded to.", error.Message);
    }

    [Fact]
    public void RecordResponseRefusesStage3WhichThePanelAnswers()
    {
        Refused.ByWorkflow(StatutoryAtStage3().RecordResponse(Response("2026-08-20"), Manager, Now).Error, "stage3-has-panel");
    }
}
