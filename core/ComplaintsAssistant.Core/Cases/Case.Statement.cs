using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Core.Cases;

public sealed partial class Case
{
    /// <summary>When the current stage's written statement of complaint was agreed, or null if it has not been.
    /// Stages saved before the date was kept show their agreement only in the audit; their clock started on it.</summary>
    public DateOnly? StatementAgreedOn => CurrentStage is not { } stage ? null
        : stage.StatementAgreedOn ?? (_state.Audit.Reverse().TakeWhile(e => e.Action != "stage-opened").Any(e => e.Action == "statement-agreed")
            ? stage.Clock.StartedOn : null);

    /// <summary>Where the council counts stage 2 from the agreed written statement of complaint, the clock restarts from
    /// that day. Once: agreeing it again moves the due date, so that is <see cref="ReagreeStatement"/>, with a reason.</summary>
    public Result AgreeStatement(DateOnly on, string actorId, DateTimeOffset now)
    {
        var stage = CurrentStage!;
        var refused = Workflow.Check(this, CaseAction.AgreeStatement) ?? ValidateAgreement(on, stage, now);
        if (refused is not null) return refused;

        ReplaceCurrentStage(stage with { StatementAgreedOn = on, Clock = stage.Clock with { StartedOn = on } });
        Record(now, actorId, "statement-agreed", $"Stage {stage.Number} statement of complaint agreed {on:yyyy-MM-dd}");
        return Result.Ok;
    }

    /// <summary>The statement was agreed again (the complaint changed, or the first date was wrong). The clock moves to the
    /// new day, which is an extension by another name: the reason is kept in the audit beside the day it replaces.</summary>
    public Result ReagreeStatement(DateOnly on, string reason, string actorId, DateTimeOffset now)
    {
        var stage = CurrentStage!;
        var refused = Workflow.Check(this, CaseAction.ReagreeStatement)
            ?? Check.All(Check.Required(reason, "reagreementReason", 2000), ValidateAgreement(on, stage, now));
        if (refused is not null) return refused;

        var replaced = StatementAgreedOn!.Value;
        ReplaceCurrentStage(stage with { StatementAgreedOn = on, Clock = stage.Clock with { StartedOn = on } });
        Record(now, actorId, "statement-reagreed",
            $"Stage {stage.Number} statement of complaint agreed again {on:yyyy-MM-dd}, replacing {replaced:yyyy-MM-dd}: {reason.Trim()}");
        return Result.Ok;
    }

    private const string AgreedWords = "the date the statement of complaint was agreed";

    private static DomainError? ValidateAgreement(DateOnly on, StageRecord stage, DateTimeOffset now) =>
        Check.All(Check.NotBefore(on, stage.OpenedOn, "agreedOn", "stageOpenedOn", AgreedWords), Check.NotInFuture(on, UkDate.On(now), "agreedOn", AgreedWords));
}
