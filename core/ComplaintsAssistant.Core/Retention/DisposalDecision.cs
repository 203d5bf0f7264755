using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.Retention;

/// <summary>Where a case stands against the schedule on a given day.</summary>
public enum DisposalState
{
    /// <summary>Its retention hasn't started (an open case kept until closure).</summary>
    Kept,
    /// <summary>Its disposal date is known and more than the notice period away.</summary>
    NotYet,
    /// <summary>Within the notice period: on the officers' list, not yet destroyed.</summary>
    OnNotice,
    /// <summary>Its disposal date has come.</summary>
    Due,
    /// <summary>A legal hold covers it: never destroyed while the hold stands, whatever its date.</summary>
    Held,
}

/// <summary>The schedule applied to one case: its rule, when its retention ends, and the holds that stop it.</summary>
public sealed record DisposalDecision(DisposalState State, RetentionRule Rule, DateOnly? DisposeOn, IReadOnlyList<LegalHold> Holds)
{
    public static DisposalDecision For(Case subject, RetentionSchedule schedule, IEnumerable<LegalHold> holds, DateOnly today)
    {
        var rule = schedule.For(RecordClasses.Of(subject.Kind));
        var disposeOn = rule.Trigger.StartOf(subject) is { } start ? rule.Period.After(start) : (DateOnly?)null;
        var covering = holds.Where(h => h.Covers(subject)).ToArray();
        var state = covering.Length > 0 ? DisposalState.Held
            : disposeOn is not { } on ? DisposalState.Kept
            : on <= today ? DisposalState.Due
            : on.AddDays(-schedule.NoticeDays) <= today ? DisposalState.OnNotice
            : DisposalState.NotYet;
        return new DisposalDecision(state, rule, disposeOn, covering);
    }
}
