using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Deadlines;

/// <summary>When prompts may go out: on working days, between <paramref name="Start"/> and <paramref name="End"/> UK time
/// (Europe/London, so 09:00 is 08:00 UTC in summer), never at night, at weekends or on bank holidays.</summary>
public sealed record WorkingHours(TimeOnly Start, TimeOnly End)
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static WorkingHours Default { get; } = new(new TimeOnly(9, 0), new TimeOnly(17, 0));

    public bool IsOpen(DateTimeOffset now, WorkingDayCalendar calendar)
    {
        var local = TimeZoneInfo.ConvertTime(now, London).DateTime;
        var time = TimeOnly.FromDateTime(local);
        return calendar.IsWorkingDay(DateOnly.FromDateTime(local)) && time >= Start && time < End;
    }
}
