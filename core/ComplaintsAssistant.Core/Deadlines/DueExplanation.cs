using System.Globalization;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Deadlines;

/// <summary>Why a deadline falls when it does, in words an officer can check against a calendar:
/// "10 working days from Thursday 2 April; Good Friday and Easter Monday don't count".</summary>
public static class DueExplanation
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Of(DueClock due, WorkingDayCalendar calendar)
    {
        if (due.FixedBy is not null) return $"the date {due.FixedBy} set";
        if (due.WorkingDays is not { } days) return "the target date agreed for this action";

        var format = due.StartedOn.Year == due.DueOn.Year ? "dddd d MMMM" : "dddd d MMMM yyyy";
        var counted = $"{days} working day{(days == 1 ? "" : "s")} from {due.StartedOn.ToString(format, English)}";
        if (due.ExtendedFrom is { } from) counted += $" (extended from {from})";

        var holidays = HolidaysCounted(due.StartedOn, due.DueOn, calendar);
        return holidays.Count == 0 ? counted
            : $"{counted}; {Sentences.List(holidays)} {(holidays.Count == 1 ? "doesn't" : "don't")} count";
    }

    // Weekday bank holidays after the start and up to the due date: the days the count stepped over.
    private static List<string> HolidaysCounted(DateOnly start, DateOnly due, WorkingDayCalendar calendar) =>
        Enumerable.Range(start.Year, due.Year - start.Year + 1)
            .SelectMany(calendar.BankHolidays)
            .Where(h => h.Date > start && h.Date <= due && h.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .Select(h => h.Title)
            .ToList();
}
