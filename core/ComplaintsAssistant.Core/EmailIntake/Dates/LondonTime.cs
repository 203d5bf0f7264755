namespace ComplaintsAssistant.Core.EmailIntake.Dates;

/// <summary>Local times in Europe/London (GMT in winter, BST in summer), from the tz database the operating system keeps
/// (read by .NET on Linux; on Windows the IANA name is mapped through ICU). A tz library carrying its own copy cost the first
/// email or chat message of every start about 40 ms and 3 MB to load and parse it. <c>LondonTimeTests</c> holds the rule
/// to the one in law: BST from 01:00 GMT on the last Sunday in March to 01:00 GMT on the last Sunday in October.</summary>
public static class LondonTime
{
    /// <summary>Looked up once; null on a machine whose tz database lacks it, which start-up reports (<c>SetupGaps</c>).</summary>
    private static readonly TimeZoneInfo? Found = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/London", out var zone) ? zone : null;

    /// <summary>Whether this machine's tz database has London.</summary>
    public static bool IsKnown => Found is not null;

    private static TimeZoneInfo London => Found ?? throw new InvalidOperationException(
        "This machine's time zone database has no Europe/London, so dates in emails can't be read as UK time: install the "
        + "operating system's tz database (the tzdata package on Linux; App Service has it).");

    /// <summary>The instant a London wall-clock time stands for. At the spring change (e.g. 01:30 on 29 March 2026)
    /// the time never happened: it is read as the same instant an hour on (02:30 BST), as a clock not yet moved
    /// forward would show it. At the autumn change (01:30 on 25 October 2026) it happened twice: the first (BST) is
    /// taken, because a clock starts no later than the evidence allows. Either way the day is the same.</summary>
    public static (DateTimeOffset At, ClockChange Change) Resolve(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (London.IsInvalidTime(local))
            // The offset the clock still showed (a day before: the UK never changes twice in a day).
            return (InLondon(new DateTimeOffset(local, London.GetUtcOffset(local.AddDays(-1)))), ClockChange.Skipped);
        if (London.IsAmbiguousTime(local))
            return (new DateTimeOffset(local, London.GetAmbiguousTimeOffsets(local).Max()), ClockChange.Repeated);
        return (new DateTimeOffset(local, London.GetUtcOffset(local)), ClockChange.None);
    }

    /// <summary>The same instant with London's offset at that moment, so it reads as the council's clock read it.</summary>
    public static DateTimeOffset InLondon(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, London);
}

public enum ClockChange
{
    None,
    /// <summary>The spring-forward hour: the written time never happened in London.</summary>
    Skipped,
    /// <summary>The fall-back hour: the written time happened twice in London.</summary>
    Repeated,
}
