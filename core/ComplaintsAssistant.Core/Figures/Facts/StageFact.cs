using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Figures.Facts;

/// <summary>One row per stage a case passed through, with its case's kind, team and date received so that a figure
/// groups one table. Timeliness is measured in working days from the stage clock's start (day 1 = the next working day),
/// so an answer sent on the Saturday after a Friday due day took no more working days and is on time, in its band and
/// in the percentage alike. A date someone else fixed (the Ombudsman's) is compared as a date.</summary>
/// <param name="IsFurthest">The furthest stage the case reached: the "counted once" convention counts only these.</param>
/// <param name="DueOn">Due against the extended date, if any; <paramref name="StatutoryDueOn"/> ignores extensions.</param>
/// <param name="WorkingDays">Working days taken to respond; null while unanswered.</param>
/// <param name="Band">Null while unanswered (withdrawn unanswered is its own band).</param>
public sealed record StageFact(
    CaseKind Kind,
    string Team,
    DateOnly ReceivedOn,
    int Stage,
    bool IsFurthest,
    DateOnly OpenedOn,
    DateOnly StatutoryDueOn,
    DateOnly DueOn,
    DateOnly? RespondedOn,
    int? WorkingDays,
    TimelinessBand? Band,
    bool? WithinStatutory,
    bool? WithinExtended,
    Outcome? Outcome)
{
    public static StageFact Of(Case subject, StageRecord stage, bool isFurthest, WorkingDayCalendar calendar)
    {
        var clock = stage.Clock;
        var statutoryDue = clock.UnextendedDueOn(calendar);
        var due = clock.DueOn(calendar);
        var responded = stage.RespondedOn;
        int? days = responded is { } r ? calendar.WorkingDaysBetween(clock.StartedOn, r) : null;
        return new StageFact(
            subject.Kind, subject.Team, subject.ReceivedOn, stage.Number, isFurthest, stage.OpenedOn,
            statutoryDue, due, responded, days,
            TimelinessBands.Of(stage, days),
            responded is { } a ? (clock.FixedDueOn is null ? days <= clock.Timescale.Length : a <= statutoryDue) : null,
            responded is { } b ? (clock.FixedDueOn is null ? days <= clock.AllowedWorkingDays : b <= due) : null,
            stage.Outcome);
    }
}
