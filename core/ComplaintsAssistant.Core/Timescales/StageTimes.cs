using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.Timescales;

/// <summary>How long a stage took, in working and calendar days, against its due dates (reports show both).</summary>
/// <param name="DueOn">The due date of the stage's current clock, after any extension.</param>
/// <param name="WorkingDaysTaken">From the clock's start to the response; null while unanswered.</param>
/// <param name="OnTime">Answered by the due date (after extension); null while unanswered.</param>
/// <param name="WithinStatutoryPeriod">Answered within the fixed period, ignoring extensions.</param>
public sealed record StageTimes(
    int Stage,
    DateOnly DueOn,
    DateOnly UnextendedDueOn,
    int? WorkingDaysTaken,
    int? CalendarDaysTaken,
    bool? OnTime,
    bool? WithinStatutoryPeriod)
{
    public static StageTimes Of(StageRecord stage, WorkingDayCalendar calendar)
    {
        var due = stage.Clock.DueOn(calendar);
        var unextended = stage.Clock.UnextendedDueOn(calendar);
        if (stage.RespondedOn is not { } answered)
            return new StageTimes(stage.Number, due, unextended, null, null, null, null);
        var start = stage.Clock.StartedOn;
        return new StageTimes(stage.Number, due, unextended,
            calendar.WorkingDaysBetween(start, answered), WorkingDayCalendar.CalendarDaysBetween(start, answered),
            answered <= due, answered <= unextended);
    }
}
