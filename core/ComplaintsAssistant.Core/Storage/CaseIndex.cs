using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Deadlines;
using ComplaintsAssistant.Core.Figures.Facts;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Storage;

/// <summary>The few facts about a case that stores index for lists and the deadline scheduler.
/// Computed by core (stores never compute a deadline), and recomputed on every save.</summary>
/// <param name="DueOn">The due date of the running clock; null when nothing is due from the council.</param>
/// <param name="PromptOn">The earliest deadline that prompts someone (the acknowledgement, the running clock, an open
/// learning action's target: <see cref="DueClock"/>); null when none. The deadline scheduler's query.</param>
/// <param name="Facts">What the figures count about the case, written beside it (<see cref="IFigureFacts"/>).</param>
public sealed record CaseIndex(
    CaseKind Kind,
    CaseStatus Status,
    string Team,
    string? Owner,
    DateOnly ReceivedOn,
    int Stage,
    DateOnly? DueOn,
    string? IntakeKey,
    CaseFacts Facts,
    DateOnly? PromptOn = null)
{
    public static CaseIndex Of(Case subject, ClockRules rules) => new(
        subject.Kind,
        subject.Status,
        subject.Team,
        subject.Owner,
        subject.ReceivedOn,
        subject.CurrentStage?.Number ?? 0,
        subject.RunningClock?.DueOn(rules.Calendar),
        subject.Snapshot.IntakeKey,
        CaseFacts.Of(subject, rules.Calendar),
        DueClock.On(subject, rules).Select(d => (DateOnly?)d.DueOn).Min());

    /// <summary>Whether the case, listed as <paramref name="listed"/>, must be saved again for lists and the deadline
    /// scheduler to follow this index: a deadline either of them reads has moved (a bank holiday declared since).</summary>
    public bool MovesDeadlinesOf(CaseSummary listed) => DueOn != listed.DueOn || PromptOn != listed.PromptOn;
}

/// <summary>A row of a case list: what the index knows, without loading the case.</summary>
/// <param name="PromptOn">As indexed (<see cref="CaseIndex.PromptOn"/>).</param>
public sealed record CaseSummary(
    Guid Id,
    string Reference,
    CaseKind Kind,
    CaseStatus Status,
    string Team,
    string? Owner,
    DateOnly ReceivedOn,
    int Stage,
    DateOnly? DueOn,
    DateOnly? PromptOn = null)
{
    /// <summary>Past its due date: the due day itself still counts as on time.</summary>
    public bool IsOverdue(DateOnly today) => DueOn is { } due && due < today;
}
