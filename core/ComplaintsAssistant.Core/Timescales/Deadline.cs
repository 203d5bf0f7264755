using System.Globalization;
using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.Timescales;

/// <summary>A running clock seen from today: when it is due and how much time is left, in working and calendar days.</summary>
/// <param name="UnextendedDueOn">Against the fixed statutory period, ignoring any extension.</param>
/// <param name="WorkingDaysRemaining">Working days from today to the due date; negative when overdue.</param>
/// <param name="WorkingDaysElapsed">Working days since the clock started (day 1 is the next working day).</param>
/// <param name="FixedDate">The date was set by someone else (the Ombudsman), not counted by a timescale.</param>
public sealed record Deadline(
    ClockName Clock,
    DateOnly StartedOn,
    DateOnly DueOn,
    DateOnly UnextendedDueOn,
    int AllowedWorkingDays,
    bool Extended,
    int WorkingDaysRemaining,
    int WorkingDaysElapsed,
    int CalendarDaysElapsed,
    bool FixedDate)
{
    public bool Overdue => WorkingDaysRemaining < 0;

    public static Deadline Of(Clock clock, DateOnly today, WorkingDayCalendar calendar)
    {
        var due = clock.DueOn(calendar);
        var remaining = due >= today ? calendar.WorkingDaysBetween(today, due) : -calendar.WorkingDaysBetween(due, today);
        return new Deadline(clock.Name, clock.StartedOn, due, clock.UnextendedDueOn(calendar), clock.AllowedWorkingDays,
            clock.Extension is not null, remaining, calendar.WorkingDaysBetween(clock.StartedOn, today),
            Math.Max(0, WorkingDayCalendar.CalendarDaysBetween(clock.StartedOn, today)), clock.FixedDueOn is not null);
    }

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"due Tuesday 3 December — 10 working days" (the year is added when it is not this year).</summary>
    public string InWords(DateOnly today)
    {
        var format = DueOn.Year == today.Year ? "dddd d MMMM" : "dddd d MMMM yyyy";
        var date = DueOn.ToString(format, English);
        return FixedDate ? $"due {date}" : $"due {date} — {AllowedWorkingDays} working days";
    }
}
