using ComplaintsAssistant.Core.Cases;
using static ComplaintsAssistant.Core.Tests.Cases.Given;

namespace ComplaintsAssistant.Core.Tests.Cases;

public class CaseWithdrawTests
{
    public static TheoryData<string> EveryOpenPoint => new()
    {
        "stage 1 in progress", "stage 1 responded", "escalation requested", "stage 2 in progress", "stage 2 responded",
        "stage 3 in progress", "panel held", "recommendations issued", "corporate stage 1", "member enquiry", "Ombudsman enquiry responded",
    };

    private static Case At(string point) => point switch
    {
        "stage 1 in progress" => StatutoryCase(),
        "stage 1 responded" => StatutoryResponded(),
        "escalation requested" => StatutoryEscalated(),
        "stage 2 in progress" => StatutoryAtStage2(),
        "stage 2 responded" => StatutoryAtStage2().Responds("2026-07-03"),
        "stage 3 in progress" => StatutoryAtStage3(),
        "panel held" => StatutoryPanelHeld(),
        "recommendations issued" => StatutoryRecommendationsIssued(),
        "corporate stage 1" => CorporateCase(),
        "member enquiry" => Logged(MemberEnquiry()),
        "Ombudsman enquiry responded" => Logged(Ombudsman()).Responds("2026-06-20"),
        _ => throw new ArgumentOutOfRangeException(nameof(point)),
    };

    [Theory]
    [MemberData(nameof(EveryOpenPoint))]
    public void WithdrawEndsTheCaseAtEveryOpenPoint(string point)
    {
        var c = At(point);
        var stages = c.Stages.Count;

        Assert.Null(c.Withdraw(Day("2026-09-30"), " Complainant no longer wishes to pursue it. ", Manager, Now).Error);

        Assert.Equal(CaseStatus.Withdrawn, c.Status);
        Assert.Equal(Day("2026-09-30"), c.Snapshot.ClosedOn);
        Assert.Equal("Complainant no longer wishes to pursue it.", c.Snapshot.ClosureNote);
        Assert.Equal(stages, c.Stages.Count);
        Assert.Null(c.RunningClock);
        Assert.Equal("withdrawn", c.Audit[^1].Action);
    }

    [Fact]
    public void WithdrawRecordsAnUnansweredStageAsWithdrawn()
    {
        var c = StatutoryAtStage2();

        Assert.Null(c.Withdraw(Day("2026-06-20"), "Withdrew.", Manager, Now).Error);

        Assert.Equal(Outcome.Withdrawn, c.Stages[1].Outcome);
        Assert.Null(c.Stages[1].RespondedOn);
        Assert.Equal(Outcome.PartiallyUpheld, c.Stages[0].Outcome);
    }

    [Fact]
    public void WithdrawKeepsTheOutcomeOfAStageAlreadyAnswered()
    {
        var c = StatutoryResponded();

        Assert.Null(c.Withdraw(Day("2026-05-20"), "Withdrew.", Manager, Now).Error);

        Assert.Equal(Outcome.PartiallyUpheld, c.CurrentStage!.Outcome);
    }

    [Theory]
    [InlineData("2026-04-30", "Withdrew.", "withdrawnOn", "withdrawnOn-before-receivedOn")]
    [InlineData("2027-03-02", "Withdrew.", "withdrawnOn", "date-in-future")]
    [InlineData("2026-05-20", " ", "reason", "required")]
    public void WithdrawRefusesIncompleteInput(string on, string reason, string field, string rule)
    {
        var c = StatutoryCase("2026-05-01");

        Refused.Invalid(c.Withdraw(Day(on), reason, Manager, Now).Error, field, rule);
        Assert.Equal(CaseStatus.InProgress, c.Status);
    }

    [Fact]
    public void WithdrawRefusesACaseAlreadyWithdrawn()
    {
        var c = StatutoryCase();
        Assert.Null(c.Withdraw(Day("2026-05-20"), "Withdrew.", Manager, Now).Error);

        var error = Refused.ByWorkflow(c.Withdraw(Day("2026-05-21"), "Again.", Manager, Now).Error, "withdraw-not-allowed");
        Assert.Equal("Can't withdraw the case: CC-2026-0001 is withdrawn.", error.Message);
    }
}
