using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.SubjectAccess;

/// <summary>The deadline for a subject access request (UK GDPR art. 12(3)), counted as the ICO says: from the day the
/// request is received (or, if later, the day the proof of identity or clarification asked for arrives), to the same
/// date next month; the last day of that month when it has no such date (31 January → 28 or 29 February); the next
/// working day when that date is a weekend or bank holiday. A complex request may be extended by two further months,
/// but only if the requester is told within the first month.</summary>
/// <param name="ReceivedOn">The day the request arrived, working day or not.</param>
/// <param name="ClockStartsOn">The day the clock starts: <paramref name="ReceivedOn"/>, or later when identity or
/// clarification was needed.</param>
/// <param name="ExtendedOn">The day the requester was told of the extension, if it was extended.</param>
public sealed record SubjectAccessClock(DateOnly ReceivedOn, DateOnly ClockStartsOn, DateOnly? ExtendedOn = null)
{
    public static SubjectAccessClock Received(DateOnly on) => new(on, on);

    public DateOnly DueOn(WorkingDayCalendar calendar) => NextWorkingDay(ClockStartsOn.AddMonths(ExtendedOn is null ? 1 : 3), calendar);

    /// <summary>The clock restarts on the day the proof of identity or the clarification asked for arrives.</summary>
    public Result<SubjectAccessClock> WaitedFor(DateOnly arrivedOn) => arrivedOn < ReceivedOn
        ? DomainError.Invalid("arrivedOn", "after-request", "The proof of identity or clarification can't arrive before the request did.")
        : this with { ClockStartsOn = arrivedOn };

    /// <summary>Extends by two months; refused once the first month has passed, because the requester must be told within it.</summary>
    public Result<SubjectAccessClock> Extend(DateOnly toldOn, WorkingDayCalendar calendar)
    {
        if (ExtendedOn is not null) return DomainError.Refused("extended-once", "This request has already been extended: the law allows two further months once.");
        var firstMonthEnds = DueOn(calendar);
        if (toldOn > firstMonthEnds)
            return DomainError.Invalid("toldOn", "extension-in-time",
                $"A request can only be extended if the requester is told within the first month, by {UkDate.InWords(firstMonthEnds)}.");
        return this with { ExtendedOn = toldOn };
    }

    private static DateOnly NextWorkingDay(DateOnly day, WorkingDayCalendar calendar)
    {
        while (!calendar.IsWorkingDay(day)) day = day.AddDays(1);
        return day;
    }
}
