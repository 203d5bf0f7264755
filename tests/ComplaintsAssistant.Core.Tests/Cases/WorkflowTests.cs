using ComplaintsAssistant.Core.Cases;
using static ComplaintsAssistant.Core.Tests.Cases.Given;

namespace ComplaintsAssistant.Core.Tests.Cases;

public class WorkflowTests
{
    private static Case Closed() => StatutoryEscalated().ResolvesByAdr();

    private static Case Withdrawn()
    {
        var c = StatutoryAtStage2();
        Assert.Null(c.Withdraw(Day("2026-06-20"), "Complainant withdrew.", Manager, Now).Error);
        return c;
    }

    public static TheoryData<CaseAction> ChangesOtherThanLearningAndMoney =>
        new(Enum.GetValues<CaseAction>().Except([CaseAction.AddLearningAction, CaseAction.UpdateLearningAction, CaseAction.RecordPayment]));

    [Theory]
    [MemberData(nameof(ChangesOtherThanLearningAndMoney))]
    public void CheckRefusesEveryChangeToAClosedCaseNamingTheActionAndStatus(CaseAction action)
    {
        var closed = Closed();
        var before = closed.Snapshot;

        var error = Refused.ByWorkflow(closed.Do(action), Attempt.NotAllowedRule(action));

        Assert.Equal($"Can't {Workflow.Describe(action)}: CC-2026-0001 is closed.", error.Message);
        Assert.Same(before, closed.Snapshot);
    }

    [Theory]
    [MemberData(nameof(ChangesOtherThanLearningAndMoney))]
    public void CheckRefusesEveryChangeToAWithdrawnCase(CaseAction action)
    {
        var error = Refused.ByWorkflow(Withdrawn().Do(action), Attempt.NotAllowedRule(action));

        Assert.EndsWith("CC-2026-0001 is withdrawn.", error.Message);
    }

    [Fact]
    public void CheckNamesTheStatusInPlainWordsForResponse()
    {
        Assert.Equal("Can't record a response: CC-2026-0001 is closed.", Closed().Do(CaseAction.RecordResponse)!.Message);
    }

    [Theory]
    [InlineData(CaseAction.AddLearningAction)]
    [InlineData(CaseAction.RecordPayment)] // an Ombudsman remedy is paid after the council's process has closed
    public void CheckAllowsLearningAndPaymentsOnAClosedCase(CaseAction action)
    {
        Assert.Null(Closed().Do(action));
    }

    [Fact]
    public void CheckAllowsLearningAndCostsAlreadyIncurredOnAWithdrawnCase()
    {
        var withdrawn = Withdrawn();

        Assert.Null(withdrawn.Do(CaseAction.AddLearningAction));
        Assert.Null(withdrawn.Do(CaseAction.UpdateLearningAction));
        Assert.Null(withdrawn.Do(CaseAction.RecordPayment));
        Refused.ByWorkflow(withdrawn.Do(CaseAction.RecordResponse), "response-not-allowed");
    }

    public static TheoryData<CaseAction> ChangesOtherThanLearning =>
        new(Enum.GetValues<CaseAction>().Except([CaseAction.AddLearningAction, CaseAction.UpdateLearningAction]));

    [Theory]
    [MemberData(nameof(ChangesOtherThanLearning))]
    public void CheckRefusesEveryChangeButLearningOnACompliment(CaseAction action)
    {
        var compliment = Logged(Compliment());

        var error = Refused.ByWorkflow(compliment.Do(action), Attempt.NotAllowedRule(action));

        Assert.EndsWith("CO-2026-0001 is a logged record with nothing to answer.", error.Message);
    }

    [Fact]
    public void CheckAllowsALearningActionOnAComment()
    {
        Assert.Null(Logged(Comment()).Do(CaseAction.AddLearningAction));
    }

    // Which steps each open status allows: the statutory procedure's happy paths, one row per status.
    [Theory]
    [InlineData(CaseStatus.InProgress, new[] { CaseAction.Acknowledge, CaseAction.RecordResponse, CaseAction.Extend, CaseAction.Reassign, CaseAction.Withdraw })]
    [InlineData(CaseStatus.Responded, new[] { CaseAction.RequestEscalation, CaseAction.Reassign, CaseAction.Close, CaseAction.Withdraw })]
    [InlineData(CaseStatus.EscalationRequested, new[] { CaseAction.OpenNextStage, CaseAction.RefuseEscalation, CaseAction.ResolveByAdr, CaseAction.Reassign, CaseAction.Withdraw })]
    [InlineData(CaseStatus.PanelHeld, new[] { CaseAction.RecordRecommendations, CaseAction.Reassign, CaseAction.Withdraw })]
    [InlineData(CaseStatus.RecommendationsIssued, new[] { CaseAction.RecordDecision, CaseAction.Reassign, CaseAction.Withdraw })]
    public void CheckAllowsOnlyTheNextStepsFromEachStatus(CaseStatus status, CaseAction[] allowed)
    {
        Case At() => status switch
        {
            CaseStatus.InProgress => StatutoryCase(),
            CaseStatus.Responded => StatutoryResponded(),
            CaseStatus.EscalationRequested => StatutoryEscalated(),
            CaseStatus.PanelHeld => StatutoryPanelHeld(),
            _ => StatutoryRecommendationsIssued(),
        };
        Assert.Equal(status, At().Status);

        var allowedNow = Enum.GetValues<CaseAction>()
            .Except([CaseAction.AddLearningAction, CaseAction.UpdateLearningAction, CaseAction.RecordPayment, CaseAction.RecordOmbudsmanFinding])
            .Where(a => Workflow.Check(At(), a) is null);

        Assert.Equal(allowed.Order(), allowedNow.Order());
    }

    [Fact]
    public void CheckAllowsTheOmbudsmanFindingOnlyOnAnOmbudsmanEnquiry()
    {
        Refused.ByWorkflow(StatutoryResponded().Do(CaseAction.RecordOmbudsmanFinding), "not-ombudsman-enquiry");
        Assert.Null(Logged(Ombudsman()).Do(CaseAction.RecordOmbudsmanFinding));
    }
}

internal static class WorkflowSteps
{
    public static Case ResolvesByAdr(this Case c)
    {
        Assert.Null(c.ResolveByAdr(Day("2026-06-10"), "Mediation meeting held.", "officer-1", Now).Error);
        return c;
    }
}
