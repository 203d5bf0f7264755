using ComplaintsAssistant.Core.Cases;
using static ComplaintsAssistant.Core.Tests.Cases.Given;

namespace ComplaintsAssistant.Core.Tests.Cases;

// Stage 3 timeline: asked for Mon 6 Jul 2026, panel Wed 12 Aug, recommendations Tue 18 Aug.
public class CasePanelTests
{
    [Fact]
    public void OpenNextStageStartsThePanelClockThirtyWorkingDaysFromTheRequest()
    {
        var complaint = StatutoryAtStage3();

        var stage = complaint.CurrentStage!;
        Assert.Equal((3, CaseStatus.InProgress, ClockName.PanelHearing), (stage.Number, complaint.Status, stage.Clock.Name));
        Assert.Equal(Day("2026-07-06"), stage.Panel!.RequestedOn);
        Assert.Equal(Day("2026-08-17"), complaint.DueOn());
    }

    [Fact]
    public void OpenNextStageDoesNotNeedAnIndependentPersonAtStage3()
    {
        var complaint = StatutoryAtStage2().Responds("2026-07-03").Escalates("2026-07-06");

        Assert.Null(complaint.OpenNextStage(new NextStage("review-officer-1", Day("2026-07-06")), "officer-1", Now, Rules).Error);
    }

    [Fact]
    public void RecordPanelHearingStartsTheFiveDayClockForTheRecommendations()
    {
        var complaint = StatutoryAtStage3();

        Assert.Null(complaint.RecordPanelHearing(Day("2026-08-12"), [" Chair Person ", "Second Member", "Third Member"], "officer-1", Now, Rules).Error);

        Assert.Equal(CaseStatus.PanelHeld, complaint.Status);
        var panel = complaint.CurrentStage!.Panel!;
        Assert.Equal(Day("2026-08-12"), panel.HeldOn);
        Assert.Equal(["Chair Person", "Second Member", "Third Member"], panel.Members);
        Assert.Equal(ClockName.PanelRecommendations, complaint.RunningClock!.Name);
        Assert.Equal(Day("2026-08-19"), complaint.DueOn());
    }

    public static TheoryData<string[]> NotThreeMembers => new()
    {
        { new[] { "Chair Person", "Second Member" } },
        { new[] { "Chair Person", "Second Member", "Third Member", "Fourth Member" } },
        { new[] { "Chair Person", "Second Member", " " } },
        { Array.Empty<string>() },
    };

    [Theory]
    [MemberData(nameof(NotThreeMembers))]
    public void RecordPanelHearingRefusesAPanelWithoutExactlyThreeMembers(string[] members)
    {
        var complaint = StatutoryAtStage3();

        Refused.Invalid(complaint.RecordPanelHearing(Day("2026-08-12"), members, "officer-1", Now, Rules).Error, "members", "three-panel-members");
        Assert.Equal(CaseStatus.InProgress, complaint.Status);
    }

    [Fact]
    public void RecordPanelHearingRefusesAMissingMemberWithoutCrashing()
    {
        // A JSON list can carry a null; the stage 2 Independent Person check must not trip over it.
        Refused.Invalid(StatutoryAtStage3().RecordPanelHearing(Day("2026-08-12"), ["Chair Person", null!, "Third Member"], "officer-1", Now, Rules).Error,
            "members", "three-panel-members");
    }

    [Fact]
    public void RecordPanelHearingRefusesTheSamePersonTwice()
    {
        Refused.Invalid(StatutoryAtStage3().RecordPanelHearing(Day("2026-08-12"), ["Chair Person", "Second Member", " chair person "], "officer-1", Now, Rules).Error,
            "members", "three-panel-members");
    }

    [Theory]
    [InlineData("Pat Independent")]
    [InlineData(" PAT INDEPENDENT ")]
    public void RecordPanelHearingRefusesTheStage2IndependentPerson(string member)
    {
        var complaint = StatutoryAtStage3();

        Refused.Invalid(complaint.RecordPanelHearing(Day("2026-08-12"), ["Chair Person", member, "Third Member"], "officer-1", Now, Rules).Error,
            "members", "independent-person-not-on-panel");
    }

    [Theory]
    [InlineData("2026-07-03", "heldOn", "heldOn-before-requestedOn")]
    [InlineData("2027-03-02", "heldOn", "date-in-future")]
    public void RecordPanelHearingRefusesAnImpossibleDate(string on, string field, string rule)
    {
        Refused.Invalid(StatutoryAtStage3().RecordPanelHearing(Day(on), Panel, "officer-1", Now, Rules).Error, field, rule);
    }

    [Fact]
    public void RecordPanelHearingRefusesBeforeStage3()
    {
        Refused.ByWorkflow(StatutoryAtStage2().RecordPanelHearing(Day("2026-07-01"), Panel, "officer-1", Now, Rules).Error, "not-at-stage3");
    }

    [Fact]
    public void RecordPanelHearingRefusesASecondHearing()
    {
        Refused.ByWorkflow(StatutoryPanelHeld().RecordPanelHearing(Day("2026-08-13"), Panel, "officer-1", Now, Rules).Error, "recordpanelhearing-not-allowed");
    }

    [Fact]
    public void RecordRecommendationsStartsTheFifteenDayClockForTheDecision()
    {
        var complaint = StatutoryPanelHeld();

        Assert.Null(complaint.RecordRecommendations(Day("2026-08-18"), "officer-1", Now, Rules).Error);

        Assert.Equal(CaseStatus.RecommendationsIssued, complaint.Status);
        Assert.Equal(Day("2026-08-18"), complaint.CurrentStage!.Panel!.RecommendationsReceivedOn);
        Assert.Equal(ClockName.Decision, complaint.RunningClock!.Name);
        Assert.Equal(Day("2026-09-09"), complaint.DueOn()); // over the summer bank holiday, Mon 31 Aug
    }

    [Theory]
    [InlineData("2026-08-11", "receivedOn", "receivedOn-before-heldOn")]
    [InlineData("2027-03-02", "receivedOn", "date-in-future")]
    public void RecordRecommendationsRefusesAnImpossibleDate(string on, string field, string rule)
    {
        Refused.Invalid(StatutoryPanelHeld().RecordRecommendations(Day(on), "officer-1", Now, Rules).Error, field, rule);
    }

    [Fact]
    public void RecordRecommendationsRefusesBeforeThePanelMet()
    {
        var error = Refused.ByWorkflow(StatutoryAtStage3().RecordRecommendations(Day("2026-08-18"), "officer-1", Now, Rules).Error,
            "recordrecommendations-not-allowed");

        Assert.Equal("Can't record the panel's recommendations: CC-2026-0001 is in progress.", error.Message);
    }

    [Fact]
    public void RecordDecisionClosesTheCase()
    {
        var complaint = StatutoryRecommendationsIssued();

        Assert.Null(complaint.RecordDecision(Response("2026-09-08", Outcome.Upheld), "director-1", Now).Error);

        Assert.Equal(CaseStatus.Closed, complaint.Status);
        Assert.Equal(Day("2026-09-08"), complaint.Snapshot.ClosedOn);
        var stage = complaint.CurrentStage!;
        Assert.Equal((Day("2026-09-08"), Outcome.Upheld, Day("2026-09-08")), (stage.RespondedOn, stage.Outcome, stage.Panel!.DecidedOn));
        Assert.Equal([Outcome.Upheld, Outcome.Upheld, Outcome.Upheld], stage.ConcernOutcomes!.Select(o => o.Outcome));
        Assert.Null(complaint.RunningClock);
        Assert.Equal([1, 2, 3], complaint.Stages.Select(s => s.Number));
    }

    [Theory]
    [InlineData("2026-08-17", Outcome.Upheld, "respondedOn", "respondedOn-before-recommendationsReceivedOn")]
    [InlineData("2027-03-02", Outcome.Upheld, "respondedOn", "date-in-future")]
    [InlineData("2026-09-08", Outcome.InProgress, "outcome", "final-outcome-required")]
    public void RecordDecisionRefusesIncompleteInput(string on, Outcome outcome, string field, string rule)
    {
        Refused.Invalid(StatutoryRecommendationsIssued().RecordDecision(Response(on, outcome), "director-1", Now).Error, field, rule);
    }

    [Fact]
    public void RecordDecisionRefusesWithoutAResolution()
    {
        Refused.Invalid(StatutoryRecommendationsIssued().RecordDecision(new StageResponse(Day("2026-09-08"), Outcome.Upheld), "director-1", Now).Error,
            "resolutions", "at-least-one-resolution");
    }

    [Fact]
    public void RecordDecisionRefusesBeforeTheRecommendations()
    {
        Refused.ByWorkflow(StatutoryPanelHeld().RecordDecision(Response("2026-09-08"), "director-1", Now).Error, "recorddecision-not-allowed");
    }

    [Fact]
    public void RequestEscalationAfterTheStage3DecisionIsAnsweredWithTheOmbudsman()
    {
        var complaint = StatutoryRecommendationsIssued();
        Assert.Null(complaint.RecordDecision(Response("2026-09-08"), "director-1", Now).Error);

        Refused.ByWorkflow(complaint.RequestEscalation(Day("2026-09-09"), null, Logger, Now, Rules).Error, "ombudsman-route");
    }
}
