using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Import;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Deadlines;

/// <summary>A deadline someone must meet now, as the prompt rules see it.</summary>
/// <param name="Item">The stage number, or the learning action's number.</param>
/// <param name="Owner">Who must meet it: the stage owner, or the learning action's owner.</param>
/// <param name="StartedOn">Day 0 of the count (unused for fixed dates and learning targets).</param>
/// <param name="WorkingDays">The working days allowed after any extension; null for fixed dates and learning targets.</param>
/// <param name="ExtendedFrom">The working days allowed before an extension, when there was one.</param>
/// <param name="FixedBy">Who fixed the date when nobody counted it ("the Ombudsman"), else null.</param>
public sealed record DueClock(
    PromptClock Clock,
    int Item,
    string Owner,
    DateOnly StartedOn,
    DateOnly DueOn,
    int? WorkingDays,
    int? ExtendedFrom = null,
    string? FixedBy = null)
{
    /// <summary>Every deadline running on <paramref name="subject"/>: the running clock of the current stage, the
    /// acknowledgement while it is outstanding, and open learning actions. None on an imported case: it is a past
    /// record, answered (or not) elsewhere, even when still open as at today.</summary>
    public static IEnumerable<DueClock> On(Case subject, ClockRules rules)
    {
        if (ImportKey.IsImported(subject)) yield break;
        var stage = subject.CurrentStage;
        if (subject.RunningClock is { } clock && stage is not null)
        {
            if (AcknowledgementDue(subject, stage, rules) is { } acknowledgement) yield return acknowledgement;
            yield return new DueClock(ClockOf(clock.Name), stage.Number, stage.Owner, clock.StartedOn, clock.DueOn(rules.Calendar),
                clock.FixedDueOn is null ? clock.AllowedWorkingDays : null,
                clock.Extension is null ? null : clock.Timescale.Length,
                clock.FixedDueOn is null ? null : "the Ombudsman");
        }

        foreach (var action in subject.LearningActions.Where(a => a.Status is Learning.LearningStatus.Open or Learning.LearningStatus.InProgress))
            yield return new DueClock(PromptClock.LearningAction, action.Number, action.Owner, action.TargetDate, action.TargetDate, null);
    }

    // The acknowledgement counts from the day the stage opened (for stage 1, the day the complaint was received).
    private static DueClock? AcknowledgementDue(Case subject, StageRecord stage, ClockRules rules)
    {
        if (stage.AcknowledgedOn is not null || subject.Status != CaseStatus.InProgress || stage.Number == 3) return null;
        if (rules.Rule(subject.Kind, TimescaleKey.Acknowledgement, stage.OpenedOn) is not { } rule) return null;
        return new DueClock(PromptClock.Acknowledgement, stage.Number, stage.Owner, stage.OpenedOn,
            rule.Timescale.EndsOn(stage.OpenedOn, rules.Calendar), rule.Timescale.Length);
    }

    private static PromptClock ClockOf(ClockName name) => name switch
    {
        ClockName.PanelHearing => PromptClock.PanelHearing,
        ClockName.PanelRecommendations => PromptClock.PanelRecommendations,
        ClockName.Decision => PromptClock.Decision,
        _ => PromptClock.Response,
    };
}
