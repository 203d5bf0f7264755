using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Core.EmailIntake.Dates;

/// <summary>The instant a written date stands for, how sure we are, and what the worker should check.</summary>
/// <param name="Instant">With London's offset at that instant (+00:00 in winter, +01:00 in summer).</param>
public sealed record DateReading(DateTimeOffset Instant, DateConfidence Confidence, IReadOnlyList<IntakeWarning> Warnings)
{
    // Within this long of midnight a wrong zone guess would move the received day.
    private static readonly TimeSpan NearMidnight = TimeSpan.FromHours(1);
    // Clocks of different mail servers disagree a little; an original "after" its forward by less is fine.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(10);

    /// <summary>The UK date of the instant: the day the council received it, which starts the working-day clock.</summary>
    public DateOnly Day => UkDate.On(Instant);

    /// <summary>Reads <paramref name="written"/>; <paramref name="notAfter"/> (the forward's own date) rules out readings
    /// that come after it, and decides a day/month order the text left open.</summary>
    public static DateReading Of(WrittenDate written, DateTimeOffset? notAfter = null)
    {
        var warnings = new List<IntakeWarning>();
        var confidence = DateConfidence.High;
        var date = written.Date;
        var time = written.Time ?? TimeOnly.MinValue;

        if (written.Order == DayMonthOrder.AssumedDayFirst && notAfter is { } limit
            && After(Resolve(written, date, time).At, limit) && new DateOnly(date.Year, date.Day, date.Month) is var us
            && !After(Resolve(written, us, time).At, limit))
        {
            date = us;
            Lower(ref confidence, DateConfidence.Medium);
            warnings.Add(new("read-month-first", $"\"{written.Text}\" was read month first ({us:d MMMM yyyy}): read day first it would be after the email was forwarded."));
        }
        else if (written.Order == DayMonthOrder.AssumedDayFirst)
        {
            Lower(ref confidence, DateConfidence.Medium);
            warnings.Add(new("assumed-day-first", $"\"{written.Text}\" was read the UK way, day first ({date:d MMMM yyyy}); check it was not written month first."));
        }
        else if (written.Order == DayMonthOrder.MonthFirst)
        {
            Lower(ref confidence, DateConfidence.Medium);
            warnings.Add(new("read-month-first", $"\"{written.Text}\" was read month first, the US way ({date:d MMMM yyyy})."));
        }

        if (!written.WeekdayAgrees)
        {
            Lower(ref confidence, DateConfidence.Low);
            warnings.Add(new("weekday-mismatch", $"\"{written.Text}\" says {written.Weekday}, but {date:d MMMM yyyy} was a {date.DayOfWeek}: check the date."));
        }

        var (at, change) = Resolve(written, date, time);
        if (written.Time is null)
        {
            Lower(ref confidence, DateConfidence.Medium);
            warnings.Add(new("no-time", $"\"{written.Text}\" gives a day but no time: the day is taken as written."));
        }
        else if (written.Zone is null && NearDayEdge(time))
        {
            Lower(ref confidence, DateConfidence.Medium);
            warnings.Add(new("assumed-london-time", $"\"{written.Text}\" gives no time zone and is close to midnight: it was read as London time; a sender elsewhere may have meant another day."));
        }
        if (change == ClockChange.Skipped)
            warnings.Add(new("clock-change-gap", $"\"{written.Text}\" is in the hour the clocks went forward, which never happened in London: read as {LondonTime.InLondon(at):HH:mm} BST."));
        if (change == ClockChange.Repeated)
            warnings.Add(new("clock-change-repeated", $"\"{written.Text}\" is in the hour the clocks went back, which happened twice in London: read as the first (BST)."));

        if (notAfter is { } forwardedAt && After(at, forwardedAt))
        {
            Lower(ref confidence, DateConfidence.Low);
            warnings.Add(new("original-after-forward", $"\"{written.Text}\" is after the email carrying it was sent ({LondonTime.InLondon(forwardedAt):d MMMM yyyy HH:mm}): check the date."));
        }
        return new DateReading(LondonTime.InLondon(at), confidence, warnings);
    }

    /// <summary>A date the mail system itself stamped with a zone (the message's Date: or Received: header).</summary>
    public static DateReading Stamped(DateTimeOffset at, DateConfidence confidence, params IntakeWarning[] warnings) =>
        new(LondonTime.InLondon(at), confidence, warnings);

    private static (DateTimeOffset At, ClockChange Change) Resolve(WrittenDate written, DateOnly date, TimeOnly time) =>
        written.Zone is { } zone
            ? (new DateTimeOffset(date.ToDateTime(time), zone.Offset), ClockChange.None)
            : LondonTime.Resolve(date, time);

    private static bool After(DateTimeOffset at, DateTimeOffset limit) => at > limit + ClockSkew;

    private static bool NearDayEdge(TimeOnly time) => time.ToTimeSpan() < NearMidnight || time.ToTimeSpan() >= TimeSpan.FromDays(1) - NearMidnight;

    private static void Lower(ref DateConfidence confidence, DateConfidence to)
    {
        if (to < confidence) confidence = to;
    }
}
