using System.Globalization;

namespace ComplaintsAssistant.Core.Deadlines;

/// <summary>The ISO week a weekly digest covers (Monday to Sunday): one digest per officer per week, keyed by it.</summary>
public sealed record DigestWeek(int Year, int Week, DateOnly Monday)
{
    public static DigestWeek Of(DateOnly day)
    {
        var at = day.ToDateTime(TimeOnly.MinValue);
        var (year, week) = (ISOWeek.GetYear(at), ISOWeek.GetWeekOfYear(at));
        return new DigestWeek(year, week, DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday)));
    }

    public DateOnly Sunday => Monday.AddDays(6);

    /// <summary>"2026-W23".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}-W{Week:00}");

    /// <summary>The configured weekday of this week ("Monday" → Monday; Sunday is the week's last day).</summary>
    public DateOnly Day(DayOfWeek day) => Monday.AddDays(((int)day + 6) % 7);
}
