using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Cases;

public sealed partial class Case
{
    /// <summary>Opens stage <paramref name="number"/>; its clock counts from <paramref name="requestedOn"/>
    /// unless the council's rule counts from the acknowledgement (then provisionally from the day the
    /// acknowledgement is due, until it is recorded).</summary>
    private Result StartStage(int number, string owner, DateOnly openedOn, DateOnly requestedOn, ClockRules rules,
        DateOnly? fixedDueOn = null, DateOnly? acknowledgedOn = null, DateOnly? statementAgreedOn = null)
    {
        var key = number == 3 ? TimescaleKey.PanelHearing : ClockRules.ResponseKey(number);
        var rule = rules.Rule(Kind, key, requestedOn);
        var basis = rule?.Basis ?? ClockBasis.Receipt;
        var startsOn = basis switch
        {
            ClockBasis.Acknowledgement => acknowledgedOn ?? ProvisionalAcknowledgement(requestedOn, rules),
            ClockBasis.AgreedStatement => statementAgreedOn ?? requestedOn,
            _ => requestedOn,
        };
        var clock = rules.Start(Kind, key, number == 3 ? ClockName.PanelHearing : ClockName.Response, startsOn);
        if (clock.Error is not null) return clock.Error;

        var stage = new StageRecord(number, owner.Trim(), openedOn, clock.Value with { FixedDueOn = fixedDueOn }, basis,
            AcknowledgedOn: acknowledgedOn,
            Panel: number == 3 ? new PanelReview(requestedOn) : null);
        Set(_state with { Stages = [.. _state.Stages, stage], Status = CaseStatus.InProgress });
        return Result.Ok;
    }

    private DateOnly ProvisionalAcknowledgement(DateOnly from, ClockRules rules) =>
        rules.Rule(Kind, TimescaleKey.Acknowledgement, from) is { } ack ? ack.Timescale.EndsOn(from, rules.Calendar) : from;

    /// <summary>Records that the complainant was acknowledged. Where the council counts the response
    /// from the acknowledgement (LGSCO code), the response clock restarts from that day.</summary>
    public Result Acknowledge(DateOnly on, string actorId, DateTimeOffset now)
    {
        var stage = CurrentStage!;
        var refused = Workflow.Check(this, CaseAction.Acknowledge)
            ?? Check.All(Check.NotBefore(on, stage.OpenedOn, "acknowledgedOn", "stageOpenedOn"),
                Check.NotInFuture(on, UkDate.On(now), "acknowledgedOn"));
        if (refused is not null) return refused;

        var clock = stage.ClockBasis == ClockBasis.Acknowledgement ? stage.Clock with { StartedOn = on } : stage.Clock;
        ReplaceCurrentStage(stage with { AcknowledgedOn = on, Clock = clock });
        Record(now, actorId, "acknowledged", $"Stage {stage.Number} acknowledged {on:yyyy-MM-dd}");
        return Result.Ok;
    }

    /// <summary>Records the stage's response: an overall outcome, one or more resolutions and the outcome of every concern
    /// (councils report outcomes concern by concern).</summary>
    public Result RecordResponse(StageResponse response, string actorId, DateTimeOffset now)
    {
        var stage = CurrentStage!;
        var refused = Workflow.Check(this, CaseAction.RecordResponse) ?? ValidateResponse(response, stage, now);
        if (refused is not null) return refused;

        ReplaceCurrentStage(stage.AnsweredBy(response));
        // A complaint waits to see whether the complainant escalates, an Ombudsman enquiry waits for the
        // finding; anything else ends with its response.
        var waits = Kind.StageCount() > stage.Number || Kind == CaseKind.OmbudsmanEnquiry;
        Set(waits ? _state with { Status = CaseStatus.Responded }
                  : _state with { Status = CaseStatus.Closed, ClosedOn = response.RespondedOn });
        Record(now, actorId, "responded", $"Stage {stage.Number} responded {response.RespondedOn:yyyy-MM-dd}: {response.Outcome}");
        return Result.Ok;
    }

    private const string FinalOutcomes = "upheld, partially upheld, not upheld, withdrawn or out of jurisdiction/rejected";
    private const string FinalConcernOutcomes = "upheld, partially upheld, not upheld, withdrawn, resolved informally or out of jurisdiction/rejected";

    /// <param name="dateWords">What the date is called: the response, or at stage 3 the decision.</param>
    private DomainError? ValidateResponse(StageResponse response, StageRecord stage, DateTimeOffset now, string dateWords = "the response date")
    {
        var resolutions = response.Resolutions ?? [];
        return Check.All(
            Check.NotBefore(response.RespondedOn, ReceivedOn, "respondedOn", "receivedOn", dateWords, ReceivedWords),
            Check.NotBefore(response.RespondedOn, stage.OpenedOn, "respondedOn", "stageOpenedOn", dateWords),
            Check.NotInFuture(response.RespondedOn, UkDate.On(now), "respondedOn", dateWords),
            Enum.IsDefined(response.Outcome) && response.Outcome is not (Outcome.InProgress or Outcome.ResolvedInformally) ? null
                : DomainError.Invalid("outcome", "final-outcome-required", $"Choose the overall outcome: {FinalOutcomes}."),
            Kind is CaseKind.StatutoryComplaint or CaseKind.CorporateComplaint && resolutions.Count == 0
                ? DomainError.Invalid("resolutions", "at-least-one-resolution", "A complaint response needs at least one resolution (e.g. apology, explanation given, no further action).")
                : null,
            resolutions.Any(r => !Enum.IsDefined(r)) ? DomainError.Invalid("resolutions", "unknown-value", "One of the resolutions is not one this service records.") : null,
            ValidateConcernOutcomes(response.ConcernOutcomes ?? []));
    }

    /// <summary>One final outcome for each of the case's concerns: the per-concern figures of the annual report count them.</summary>
    private DomainError? ValidateConcernOutcomes(IReadOnlyList<ConcernOutcome> outcomes)
    {
        var items = outcomes.Select((outcome, i) =>
            _state.Concerns.All(c => c.Number != outcome.ConcernNumber)
                ? DomainError.Invalid($"concernOutcomes[{i}].concernNumber", "unknown-concern", $"Concern {outcome.ConcernNumber} is not one of this case's concerns.")
            : !Enum.IsDefined(outcome.Outcome)
                ? DomainError.Invalid($"concernOutcomes[{i}].outcome", "unknown-value", $"The outcome of concern {outcome.ConcernNumber} is not one this service records.")
            : outcome.Outcome == Outcome.InProgress
                ? DomainError.Invalid($"concernOutcomes[{i}].outcome", "final-outcome-required", $"Choose the outcome of concern {outcome.ConcernNumber}: {FinalConcernOutcomes}.")
            : null);
        var repeated = outcomes.GroupBy(o => o.ConcernNumber).FirstOrDefault(g => g.Count() > 1);
        var missing = _state.Concerns.Where(c => outcomes.All(o => o.ConcernNumber != c.Number)).ToArray();
        return Check.All([
            .. items,
            repeated is null ? null : DomainError.Invalid("concernOutcomes", "one-outcome-per-concern", $"Concern {repeated.Key} has more than one outcome."),
            missing.Length == 0 ? null : DomainError.Invalid("concernOutcomes", "outcome-for-every-concern",
                $"Give an outcome for every concern: {Sentences.List(missing.Select(c => $"concern {c.Number} ({c.Category})"))} {(missing.Length == 1 ? "has" : "have")} none yet."),
        ]);
    }

    /// <summary>Extends the running clock to a new total, within the statutory maximum, with the reason and whether the complainant agreed.</summary>
    public Result Extend(int totalWorkingDays, ExtensionGround ground, string reason, bool agreedWithComplainant, DateOnly agreedOn,
        string actorId, DateTimeOffset now)
    {
        var stage = CurrentStage!;
        var refused = Workflow.Check(this, CaseAction.Extend) ?? ValidateExtension(stage.Clock, totalWorkingDays, ground, reason, agreedOn, now);
        if (refused is not null) return refused;

        var extension = new Extension(totalWorkingDays, ground, reason.Trim(), agreedWithComplainant, agreedOn);
        ReplaceCurrentStage(stage with { Clock = stage.Clock with { Extension = extension } });
        Record(now, actorId, "extended", $"Stage {stage.Number} extended to {totalWorkingDays} working days ({ground})");
        return Result.Ok;
    }

    private DomainError? ValidateExtension(Clock clock, int total, ExtensionGround ground, string reason, DateOnly agreedOn, DateTimeOffset now)
    {
        if (clock.FixedDueOn is not null)
            return DomainError.Refused("due-date-fixed", "This due date was set by the Ombudsman and cannot be extended here.");
        if (clock.Timescale.MaxWorkingDays is not { } max)
            return DomainError.Refused("not-extendable", "This timescale cannot be extended.");
        return Check.All(
            Enum.IsDefined(ground) ? null : DomainError.Invalid("ground", "unknown-value", "The ground must be complex, time to find an advocate, or other."),
            Check.Required(reason, "reason", 2000, "the reason for extending"),
            total <= clock.AllowedWorkingDays
                ? DomainError.Invalid("totalWorkingDays", "extension-must-lengthen",
                    $"The new total ({total} working days) must be more than the {clock.AllowedWorkingDays} working days already allowed: count from the start, not the days added.")
                : null,
            total > max
                ? DomainError.Invalid("totalWorkingDays", "beyond-statutory-maximum", $"{total} working days is beyond the maximum of {max} working days for this stage.")
                : null,
            Check.NotBefore(agreedOn, ReceivedOn, "agreedOn", "receivedOn", "the date it was agreed", ReceivedWords),
            Check.NotInFuture(agreedOn, UkDate.On(now), "agreedOn", "the date it was agreed"));
    }

    /// <summary>Hands the current stage to a new owner.</summary>
    public Result Reassign(string newOwner, string actorId, DateTimeOffset now)
    {
        var refused = Workflow.Check(this, CaseAction.Reassign) ?? Check.Required(newOwner, "owner", words: "the new owner");
        if (refused is not null) return refused;
        var stage = CurrentStage!;
        if (string.Equals(stage.Owner, newOwner.Trim(), StringComparison.OrdinalIgnoreCase))
            return DomainError.Invalid("owner", "same-owner", $"The case is already owned by {stage.Owner}.");

        ReplaceCurrentStage(stage with { Owner = newOwner.Trim() });
        Record(now, actorId, "reassigned", $"Stage {stage.Number} reassigned from {stage.Owner} to {newOwner.Trim()}");
        return Result.Ok;
    }
}

/// <summary>A stage's answer.</summary>
public sealed record StageResponse(
    DateOnly RespondedOn,
    Outcome Outcome,
    IReadOnlyList<Resolution>? Resolutions = null,
    IReadOnlyList<ConcernOutcome>? ConcernOutcomes = null);
