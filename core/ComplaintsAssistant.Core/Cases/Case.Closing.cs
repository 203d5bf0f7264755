using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Core.Cases;

public sealed partial class Case
{
    /// <summary>Closes a responded case: the complainant is satisfied or the escalation window has passed.</summary>
    public Result Close(DateOnly closedOn, string? note, string actorId, DateTimeOffset now)
    {
        var refused = Workflow.Check(this, CaseAction.Close)
            ?? Check.All(
                Check.NotBefore(closedOn, CurrentStage!.RespondedOn!.Value, "closedOn", "respondedOn"),
                Check.NotInFuture(closedOn, UkDate.On(now), "closedOn"),
                Check.Optional(note, "note"));
        if (refused is not null) return refused;

        Set(_state with { Status = CaseStatus.Closed, ClosedOn = closedOn, ClosureNote = note?.Trim() });
        Record(now, actorId, "closed", $"Closed {closedOn:yyyy-MM-dd}");
        return Result.Ok;
    }

    /// <summary>The complainant withdrew, at any stage. An unanswered stage is recorded as withdrawn.</summary>
    public Result Withdraw(DateOnly withdrawnOn, string reason, string actorId, DateTimeOffset now)
    {
        var refused = Workflow.Check(this, CaseAction.Withdraw)
            ?? Check.All(
                Check.Required(reason, "reason", 2000, "the reason for withdrawing"),
                Check.NotBefore(withdrawnOn, ReceivedOn, "withdrawnOn", "receivedOn", earliestWords: ReceivedWords),
                Check.NotInFuture(withdrawnOn, UkDate.On(now), "withdrawnOn"));
        if (refused is not null) return refused;

        var stage = CurrentStage!;
        if (!stage.IsAnswered) ReplaceCurrentStage(stage with { Outcome = Outcome.Withdrawn });
        Set(_state with { Status = CaseStatus.Withdrawn, ClosedOn = withdrawnOn, ClosureNote = reason.Trim() });
        Record(now, actorId, "withdrawn", $"Withdrawn at stage {stage.Number} on {withdrawnOn:yyyy-MM-dd}");
        return Result.Ok;
    }

    /// <summary>The Ombudsman's decision on an enquiry; remedies are recorded as payments.</summary>
    public Result RecordOmbudsmanFinding(OmbudsmanFinding finding, string actorId, DateTimeOffset now)
    {
        var refused = Workflow.Check(this, CaseAction.RecordOmbudsmanFinding)
            ?? (Enum.IsDefined(finding) ? null : DomainError.Invalid("finding", "unknown-value", "The finding is not one the Ombudsman makes."));
        if (refused is not null) return refused;

        Set(_state with { Ombudsman = (_state.Ombudsman ?? new OmbudsmanDetails(null, null)) with { Finding = finding } });
        Record(now, actorId, "ombudsman-finding", $"Ombudsman finding: {finding}");
        return Result.Ok;
    }

    /// <summary>Records money spent on or paid out for the case.</summary>
    public Result RecordPayment(Payment payment, string actorId, DateTimeOffset now)
    {
        var refused = Workflow.Check(this, CaseAction.RecordPayment)
            ?? Check.All(
                Enum.IsDefined(payment.Kind) ? null : DomainError.Invalid("kind", "unknown-value", "The kind of payment is not one this service records."),
                payment.Amount <= 0 ? DomainError.Invalid("amount", "positive-amount", "The amount must be more than £0.") : null,
                payment.Amount > 1_000_000 ? DomainError.Invalid("amount", "amount-too-large", "The amount must be at most £1,000,000.") : null,
                Check.Required(payment.Reason, "reason", 2000, "the reason for the payment"),
                payment.On is { } paidOn ? Check.NotInFuture(paidOn, UkDate.On(now), "on") : null,
                payment.Stage is { } stage && (stage < 1 || stage > Stages.Count)
                    ? DomainError.Invalid("stage", "stage-not-reached", $"The case has reached stage {Stages.Count}, so a payment can't belong to stage {stage}.")
                    : null);
        if (refused is not null) return refused;

        Set(_state with { Payments = [.. _state.Payments, payment with { Reason = payment.Reason.Trim() }] });
        Record(now, actorId, "payment-recorded", $"{payment.Kind} of £{payment.Amount:0.00} recorded");
        return Result.Ok;
    }
}
