using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Cases;

public sealed partial class Case
{
    /// <summary>The complainant asks for the next stage. A request outside the escalation window (20 working days
    /// after the response by default; councils set corporate windows in calendar days or months) is refused unless a
    /// reason for accepting it late is given; then it is accepted and marked late.</summary>
    public Result<Escalation> RequestEscalation(DateOnly requestedOn, string? lateReason, string actorId, DateTimeOffset now, ClockRules rules)
    {
        var stage = CurrentStage!;
        var refused = Workflow.Check(this, CaseAction.RequestEscalation)
            ?? Check.All(
                Check.NotBefore(requestedOn, stage.RespondedOn!.Value, "requestedOn", "respondedOn"),
                Check.NotInFuture(requestedOn, UkDate.On(now), "requestedOn"),
                Check.Optional(lateReason, "lateReason"));
        if (refused is not null) return refused;

        var respondedOn = stage.RespondedOn!.Value;
        var elapsed = rules.Calendar.WorkingDaysBetween(respondedOn, requestedOn);
        var window = rules.Rule(Kind, TimescaleKey.EscalationWindow, respondedOn)?.Timescale;
        var windowEnds = window?.EndsOn(respondedOn, rules.Calendar);
        var outside = windowEnds is { } lastDay && requestedOn > lastDay;
        if (outside && string.IsNullOrWhiteSpace(lateReason))
            return DomainError.Invalid("lateReason", "outside-escalation-window",
                $"The request came on {UkDate.InWords(requestedOn)}, after the escalation window of {window!.InWords()} from the stage {stage.Number} response " +
                $"ended on {UkDate.InWords(windowEnds!.Value)}. It can still be accepted: give the reason for accepting it late.");

        var escalation = new Escalation(stage.Number, requestedOn, elapsed, outside, outside ? lateReason!.Trim() : null);
        Set(_state with { Escalations = [.. _state.Escalations, escalation], Status = CaseStatus.EscalationRequested });
        Record(now, actorId, "escalation-requested",
            $"Escalation from stage {stage.Number} requested {requestedOn:yyyy-MM-dd}, {elapsed} working days after the response{(outside ? " (outside the window, accepted late)" : "")}");
        return escalation;
    }

    /// <summary>Opens the next stage on the pending escalation. Stage 2 needs an investigating officer and,
    /// for a statutory complaint, an Independent Person; at a corporate stage 2 a different person must respond.</summary>
    public Result OpenNextStage(NextStage next, string actorId, DateTimeOffset now, ClockRules rules)
    {
        var refused = Workflow.Check(this, CaseAction.OpenNextStage) ?? ValidateNextStage(next, now);
        if (refused is not null) return refused;

        var escalation = _state.Escalations[^1];
        var number = CurrentStage!.Number + 1;
        var opened = StartStage(number, next.Owner, next.OpenedOn, escalation.RequestedOn, rules, statementAgreedOn: next.StatementAgreedOn);
        if (opened.Error is not null) return opened.Error;
        ReplaceCurrentStage(CurrentStage! with { IndependentPerson = next.IndependentPerson?.Trim(), StatementAgreedOn = next.StatementAgreedOn });

        DecideEscalation(EscalationDecision.Progressed, null, next.OpenedOn);
        Record(now, actorId, "stage-opened", $"Stage {number} opened, owner {next.Owner.Trim()}");
        return Result.Ok;
    }

    private DomainError? ValidateNextStage(NextStage next, DateTimeOffset now)
    {
        var number = CurrentStage!.Number + 1;
        var escalation = _state.Escalations[^1];
        return Check.All(
            Check.Required(next.Owner, "owner"),
            Check.NotBefore(next.OpenedOn, escalation.RequestedOn, "openedOn", "requestedOn"),
            Check.NotInFuture(next.OpenedOn, UkDate.On(now), "openedOn"),
            next.StatementAgreedOn is { } agreed
                ? Check.NotBefore(agreed, escalation.RequestedOn, "statementAgreedOn", "requestedOn") ?? Check.NotInFuture(agreed, UkDate.On(now), "statementAgreedOn")
                : null,
            Kind == CaseKind.StatutoryComplaint && number == 2 ? Check.Required(next.IndependentPerson, "independentPerson") : null,
            Kind == CaseKind.CorporateComplaint && string.Equals(next.Owner?.Trim(), Stages[0].Owner, StringComparison.OrdinalIgnoreCase)
                ? DomainError.Invalid("owner", "different-person-at-stage2", "Under the Complaint Handling Code a different person must handle stage 2.")
                : null);
    }

    /// <summary>Records that the escalation was refused or not progressed; the case closes and the
    /// complainant may go to the Ombudsman.</summary>
    public Result RefuseEscalation(RefusalGround ground, string note, DateOnly decidedOn, string actorId, DateTimeOffset now)
    {
        var refused = Workflow.Check(this, CaseAction.RefuseEscalation)
            ?? Check.All(
                Enum.IsDefined(ground) ? null : DomainError.Invalid("ground", "unknown-value", "The ground is not one of the grounds for refusing an escalation."),
                Check.Required(note, "note", 2000, "the reason for not progressing it"),
                Check.NotBefore(decidedOn, _state.Escalations[^1].RequestedOn, "decidedOn", "requestedOn"),
                Check.NotInFuture(decidedOn, UkDate.On(now), "decidedOn"));
        if (refused is not null) return refused;

        DecideEscalation(EscalationDecision.NotProgressed, $"{ground}: {note.Trim()}", decidedOn);
        Set(_state with { Status = CaseStatus.Closed, ClosedOn = decidedOn, ClosureNote = "Escalation not progressed" });
        Record(now, actorId, "escalation-refused", $"Escalation not progressed ({ground})");
        return Result.Ok;
    }

    /// <summary>The escalation was resolved through alternative dispute resolution: counted as an
    /// escalation, while the next stage stays unopened; the case closes.</summary>
    /// <param name="method">How (meeting, mediation), in the council's words, if it was said.</param>
    public Result ResolveByAdr(DateOnly resolvedOn, string note, string actorId, DateTimeOffset now, string? method = null)
    {
        var refused = Workflow.Check(this, CaseAction.ResolveByAdr)
            ?? Check.All(
                Check.Required(note, "note", 2000, "the note of what was agreed"),
                Check.Optional(method, "method", 200),
                Check.NotBefore(resolvedOn, _state.Escalations[^1].RequestedOn, "resolvedOn", "requestedOn"),
                Check.NotInFuture(resolvedOn, UkDate.On(now), "resolvedOn"));
        if (refused is not null) return refused;

        DecideEscalation(EscalationDecision.ResolvedByAdr, note.Trim(), resolvedOn, new AdrMeeting(string.IsNullOrWhiteSpace(method) ? null : method.Trim(), resolvedOn, Resolved: true, note.Trim()));
        Set(_state with { Status = CaseStatus.Closed, ClosedOn = resolvedOn, ClosureNote = "Resolved by ADR" });
        Record(now, actorId, "resolved-by-adr", $"Escalation resolved by ADR {resolvedOn:yyyy-MM-dd}");
        return Result.Ok;
    }

    private void DecideEscalation(EscalationDecision decision, string? note, DateOnly on, AdrMeeting? adr = null)
    {
        var pending = _state.Escalations[^1];
        var last = pending with { Decision = decision, DecisionNote = note, DecidedOn = on, Adr = adr ?? pending.Adr };
        Set(_state with { Escalations = [.. _state.Escalations.Take(_state.Escalations.Count - 1), last] });
    }
}

/// <summary>Who takes the next stage.</summary>
/// <param name="Owner">Investigating officer at stage 2; the review officer at stage 3.</param>
/// <param name="StatementAgreedOn">Where stage 2 counts from the agreed statement of complaint, that day if already agreed.</param>
public sealed record NextStage(string Owner, DateOnly OpenedOn, string? IndependentPerson = null, DateOnly? StatementAgreedOn = null);
