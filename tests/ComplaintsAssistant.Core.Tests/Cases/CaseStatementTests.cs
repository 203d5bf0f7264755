using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Storage;
using static ComplaintsAssistant.Core.Tests.Cases.Given;

namespace ComplaintsAssistant.Core.Tests.Cases;

/// <summary>Stage 2 counted from the agreed written statement of complaint: agreed once by the investigating officer;
/// agreeing it again moves the due date, so it takes a reason kept in the audit.</summary>
public class CaseStatementTests
{
    // Stage 2 asked for and opened Mon 1 Jun 2026; 25 working days from the request is Mon 6 Jul.
    private static Case AtStage2() => StatutoryAtStage2(CountedFromTheAgreedStatement);

    [Fact]
    public void AgreeStatementCountsStage2FromTheDayAgreedAndRecordsIt()
    {
        var complaint = AtStage2();
        Assert.Equal(Day("2026-07-06"), complaint.DueOn()); // provisionally from the request
        Assert.Null(complaint.StatementAgreedOn);

        Assert.Null(complaint.AgreeStatement(Day("2026-06-08"), Investigator, Now).Error);

        Assert.Equal(Day("2026-06-08"), complaint.CurrentStage!.StatementAgreedOn);
        Assert.Equal(Day("2026-06-08"), complaint.CurrentStage.Clock.StartedOn);
        Assert.Equal(Day("2026-07-13"), complaint.DueOn());
        var entry = complaint.Audit[^1];
        Assert.Equal((Investigator, "statement-agreed", "Stage 2 statement of complaint agreed 2026-06-08"), (entry.ActorId, entry.Action, entry.Detail));
    }

    [Fact]
    public void AgreeStatementRefusesASecondAgreementAndLeavesTheClockAlone()
    {
        var complaint = AtStage2().AgreesStatement("2026-06-08");
        var before = complaint.Snapshot;

        var error = Refused.ByWorkflow(complaint.AgreeStatement(Day("2026-06-22"), Investigator, Now).Error, "statement-already-agreed");

        Assert.Equal("The statement of complaint for stage 2 was agreed on 8 June 2026 and the stage 2 clock counts from that day. " +
            "Agreeing it again moves the due date, so only the complaints team can record it, with the reason for agreeing it again.", error.Message);
        Assert.Same(before, complaint.Snapshot);
    }

    [Fact]
    public void AgreeStatementRefusesAStatementAgreedWhenTheStageOpened()
    {
        var complaint = StatutoryEscalated(CountedFromTheAgreedStatement)
            .OpensStage2("2026-06-01", statementAgreedOn: "2026-06-08", rules: CountedFromTheAgreedStatement);

        Refused.ByWorkflow(complaint.AgreeStatement(Day("2026-06-22"), Investigator, Now).Error, "statement-already-agreed");
        Assert.Equal(Day("2026-07-13"), complaint.DueOn());
    }

    [Fact]
    public void AgreeStatementKnowsAnAgreementSavedBeforeTheDayWasKept()
    {
        // Saved before stages kept the day: the stored stage has no statementAgreedOn, only the audit entry.
        var json = JsonNode.Parse(CaseJson.Serialize(AtStage2().AgreesStatement("2026-06-08")))!;
        json["stages"]![1]!.AsObject().Remove("statementAgreedOn");
        var stored = CaseJson.Deserialize(json.ToJsonString());

        Assert.Null(stored.CurrentStage!.StatementAgreedOn);
        Assert.Equal(Day("2026-06-08"), stored.StatementAgreedOn);
        Refused.ByWorkflow(stored.AgreeStatement(Day("2026-06-22"), Investigator, Now).Error, "statement-already-agreed");
    }

    [Theory]
    [InlineData("2026-05-29", "agreedOn-before-stageOpenedOn")]
    [InlineData("2027-03-02", "date-in-future")]
    public void AgreeStatementRefusesAnImpossibleDate(string on, string rule)
    {
        Refused.Invalid(AtStage2().AgreeStatement(Day(on), Investigator, Now).Error, "agreedOn", rule);
    }

    [Fact]
    public void AgreeStatementRefusesAStageNotCountedFromTheStatement()
    {
        Refused.ByWorkflow(StatutoryAtStage2().AgreeStatement(Day("2026-06-08"), Investigator, Now).Error, "not-counted-from-statement");
        Refused.ByWorkflow(StatutoryAtStage2().ReagreeStatement(Day("2026-06-08"), "reason", "officer-1", Now).Error, "not-counted-from-statement");
    }

    [Fact]
    public void ReagreeStatementMovesTheClockAndKeepsTheReasonInTheAudit()
    {
        var complaint = AtStage2().AgreesStatement("2026-06-08");

        Assert.Null(complaint.ReagreeStatement(Day("2026-06-15"), " Two more concerns added at the meeting. ", "officer-1", Now).Error);

        Assert.Equal(Day("2026-06-15"), complaint.StatementAgreedOn);
        Assert.Equal(Day("2026-07-20"), complaint.DueOn()); // 25 working days from Mon 15 Jun
        var entry = complaint.Audit[^1];
        Assert.Equal(("officer-1", "statement-reagreed", "Stage 2 statement of complaint agreed again 2026-06-15, replacing 2026-06-08: Two more concerns added at the meeting."),
            (entry.ActorId, entry.Action, entry.Detail));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void ReagreeStatementRefusesWithoutAReason(string reason)
    {
        var complaint = AtStage2().AgreesStatement("2026-06-08");

        Refused.Invalid(complaint.ReagreeStatement(Day("2026-06-15"), reason, "officer-1", Now).Error, "reagreementReason", "required");
        Assert.Equal(Day("2026-07-13"), complaint.DueOn());
    }

    [Fact]
    public void ReagreeStatementRefusesEveryProblemAtOnceInWords()
    {
        var complaint = AtStage2().AgreesStatement("2026-06-08");

        var error = Refused.Invalid(complaint.ReagreeStatement(Day("2027-03-02"), " ", "officer-1", Now).Error, "reagreementReason", "required");

        Assert.Equal("The reason for agreeing it again is required.", error.Message);
        var date = Assert.Single(error.Also);
        Assert.Equal(("agreedOn", "date-in-future", "The date the statement of complaint was agreed can't be in the future (2 March 2027)."),
            (date.Field, date.Rule, date.Message));
        Assert.Equal(Day("2026-06-08"), complaint.StatementAgreedOn);
    }

    [Fact]
    public void ReagreeStatementRefusesWhenNothingWasAgreedYet()
    {
        Refused.ByWorkflow(AtStage2().ReagreeStatement(Day("2026-06-15"), "Widened", "officer-1", Now).Error, "statement-not-agreed");
    }
}
