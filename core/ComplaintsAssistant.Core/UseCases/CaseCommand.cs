using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Learning;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.UseCases;

/// <summary>A change someone asks for. The API and the bot build the same commands; each names the
/// <see cref="CaseAction"/> that permissions and the workflow check, and calls one method on the case.</summary>
public abstract record CaseCommand
{
    public abstract CaseAction Action { get; }

    /// <summary>Applies the change; a warning (e.g. "accepted late") may come back with success.</summary>
    internal abstract Result<string?> Apply(Case subject, CommandContext context);

    /// <summary>The owner this change gives a stage of <paramref name="subject"/>, and which stage, or null when it gives none.</summary>
    internal virtual (string Owner, int Stage)? AssignedOwner(Case subject) => null;

    /// <summary>Success with no warning, or the refusal.</summary>
    private protected static Result<string?> Done(Result result) => result.Error is { } e ? e : (string?)null;
}

internal sealed record CommandContext(string ActorId, DateTimeOffset Now, ClockRules Rules);

public sealed record Acknowledge(DateOnly AcknowledgedOn) : CaseCommand
{
    public override CaseAction Action => CaseAction.Acknowledge;
    internal override Result<string?> Apply(Case c, CommandContext x) => Done(c.Acknowledge(AcknowledgedOn, x.ActorId, x.Now));
}

public sealed record AgreeStatement(DateOnly AgreedOn) : CaseCommand
{
    public override CaseAction Action => CaseAction.AgreeStatement;
    internal override Result<string?> Apply(Case c, CommandContext x) => Done(c.AgreeStatement(AgreedOn, x.ActorId, x.Now));
}

public sealed record ReagreeStatement(DateOnly AgreedOn, string Reason) : CaseCommand
{
    public override CaseAction Action => CaseAction.ReagreeStatement;
    internal override Result<string?> Apply(Case c, CommandContext x) => Done(c.ReagreeStatement(AgreedOn, Reason ?? "", x.ActorId, x.Now));
}

public sealed record RecordResponse(StageResponse Response) : CaseCommand
{
    public override CaseAction Action => CaseAction.RecordResponse;
    internal override Result<string?> Apply(Case c, CommandContext x) => Done(c.RecordResponse(Response, x.ActorId, x.Now));
}

public sealed record ExtendTimescale(int TotalWorkingDays, ExtensionGround Ground, string Reason, bool AgreedWithComplainant, DateOnly AgreedOn) : CaseCommand
{
    public override CaseAction Action => CaseAction.Extend;
    internal override Result<string?> Apply(Case c, CommandContext x) =>
        Done(c.Extend(TotalWorkingDays, Ground, Reason ?? "", AgreedWithComplainant, AgreedOn, x.ActorId, x.Now));
}

public sealed record Reassign(string Owner) : CaseCommand
{
    public override CaseAction Action => CaseAction.Reassign;
    internal override (string Owner, int Stage)? AssignedOwner(Case subject) => (Owner, subject.CurrentStage?.Number ?? 1);
    internal override Result<string?> Apply(Case c, CommandContext x) => Done(c.Reassign(Owner ?? "", x.ActorId, x.Now));
}

public sealed record RequestEscalation(DateOnly RequestedOn, string? LateReason) : CaseCommand
{
    public override CaseAction Action => CaseAction.RequestEscalation;
    internal override Result<string?> Apply(Case c, CommandContext x)
    {
        var result = c.RequestEscalation(RequestedOn, LateReason, x.ActorId, x.Now, x.Rules);
        if (result.Error is { } e) return e;
        return result.Value.OutsideWindow
            ? $"Accepted late: requested {result.Value.WorkingDaysAfterResponse} working days after the response, outside the escalation window."
            : (string?)null;
    }
}

public sealed record OpenNextStage(NextStage Next) : CaseCommand
{
    public override CaseAction Action => CaseAction.OpenNextStage;
    internal override (string Owner, int Stage)? AssignedOwner(Case subject) => (Next.Owner, (subject.CurrentStage?.Number ?? 0) + 1);
    internal override Result<string?> Apply(Case c, CommandContext x) => Done(c.OpenNextStage(Next, x.ActorId, x.Now, x.Rules));
}

public sealed record RefuseEscalation(RefusalGround Ground, string Note, DateOnly DecidedOn) : CaseCommand
{
    public override CaseAction Action => CaseAction.RefuseEscalation;
    internal override Result<string?> Apply(Case c, CommandContext x) => Done(c.RefuseEscalation(Ground, Note ?? "", DecidedOn, x.ActorId, x.Now));
}

public sealed record ResolveByAdr(DateOnly ResolvedOn, string Note, string? Method = null) : CaseCommand
{
    public override CaseAction Action => CaseAction.ResolveByAdr;
    internal override Result<string?> Apply(Case c, CommandContext x) => Done(c.ResolveByAdr(ResolvedOn, Note ?? "", x.ActorId, x.Now, Method));
}

public sealed record RecordPanelHearing(DateOnly HeldOn, IReadOnlyList<string> Members) : CaseCommand
{
    public override CaseAction Action => CaseAction.RecordPanelHearing;
    internal override Result<string?> Apply(Case c, CommandContext x) => Done(c.RecordPanelHearing(HeldOn, Members ?? [], x.ActorId, x.Now, x.Rules));
}

public sealed record RecordRecommendations(DateOnly ReceivedOn) : CaseCommand
{
    public override CaseAction Action => CaseAction.RecordRecommendations;
    internal override Result<string?> Apply(Case c, CommandContext x) => Done(c.RecordRecommendations(ReceivedOn, x.ActorId, x.Now, x.Rules));
}

public sealed record RecordDecision(StageResponse Decision) : CaseCommand
{
    public override CaseAction Action => CaseAction.RecordDecision;
    internal override Result<string?> Apply(Case c, CommandContext x) => Done(c.RecordDecision(Decision, x.ActorId, x.Now));
}

public sealed record RecordOmbudsmanFinding(OmbudsmanFinding Finding) : CaseCommand
{
    public override CaseAction Action => CaseAction.RecordOmbudsmanFinding;
    internal override Result<string?> Apply(Case c, CommandContext x) => Done(c.RecordOmbudsmanFinding(Finding, x.ActorId, x.Now));
}

public sealed record CloseCase(DateOnly ClosedOn, string? Note) : CaseCommand
{
    public override CaseAction Action => CaseAction.Close;
    internal override Result<string?> Apply(Case c, CommandContext x) => Done(c.Close(ClosedOn, Note, x.ActorId, x.Now));
}

public sealed record Withdraw(DateOnly WithdrawnOn, string Reason) : CaseCommand
{
    public override CaseAction Action => CaseAction.Withdraw;
    internal override Result<string?> Apply(Case c, CommandContext x) => Done(c.Withdraw(WithdrawnOn, Reason ?? "", x.ActorId, x.Now));
}

public sealed record AddLearningAction(NewLearningAction Learning) : CaseCommand
{
    public override CaseAction Action => CaseAction.AddLearningAction;
    internal override Result<string?> Apply(Case c, CommandContext x)
    {
        var added = c.AddLearningAction(Learning, x.ActorId, x.Now);
        return added.Error is { } e ? e : (string?)null;
    }
}

public sealed record UpdateLearningAction(int Number, LearningStatus Status, string? ReviewNote) : CaseCommand
{
    public override CaseAction Action => CaseAction.UpdateLearningAction;
    internal override Result<string?> Apply(Case c, CommandContext x)
    {
        var updated = c.UpdateLearningAction(Number, Status, ReviewNote, x.ActorId, x.Now);
        return updated.Error is { } e ? e : (string?)null;
    }
}

public sealed record RecordPayment(Payment Payment) : CaseCommand
{
    public override CaseAction Action => CaseAction.RecordPayment;
    internal override Result<string?> Apply(Case c, CommandContext x) => Done(c.RecordPayment(Payment, x.ActorId, x.Now));
}
