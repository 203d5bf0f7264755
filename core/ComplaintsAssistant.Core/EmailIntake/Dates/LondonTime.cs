using NodaTime;
using NodaTime.TimeZones;

namespace ComplaintsAssistant.Core.EmailIntake.Dates;

/// <summary>Local times in Europe/London (GMT in winter, BST in summer), from the tz database NodaTime carries.</summary>
public static class LondonTime
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>The instant a London wall-clock time stands for. At the spring change (e.g. 01:30 on 29 March 2026)
    /// the time never happened: it is read as the same instant an hour on (02:30 BST), as a clock not yet moved
    /// forward would show it. At the autumn change (01:30 on 25 October 2026) it happened twice: the first (BST) is
    /// taken, because a clock starts no later than the evidence allows. Either way the day is the same.</summary>
    public static (DateTimeOffset At, ClockChange Change) Resolve(DateOnly date, TimeOnly time)
    {
        var local = new LocalDateTime(date.Year, date.Month, date.Day, time.Hour, time.Minute, time.Second);
        var mapping = London.MapLocal(local);
        var change = mapping.Count switch { 0 => ClockChange.Skipped, 2 => ClockChange.Repeated, _ => ClockChange.None };
        var zoned = mapping.Count == 0 ? Resolvers.LenientResolver(mapping) : mapping.First();
        return (zoned.ToDateTimeOffset(), change);
    }

    /// <summary>The same instant with London's offset at that moment, so it reads as the council's clock read it.</summary>
    public static DateTimeOffset InLondon(DateTimeOffset instant) =>
        Instant.FromDateTimeOffset(instant).InZone(London).ToDateTimeOffset();
}

public enum ClockChange
{
    None,
    /// <summary>The spring-forward hour: the written time never happened in London.</summary>
    Skipped,
    /// <summary>The fall-back hour: the written time happened twice in London.</summary>
    Repeated,
}
