using System.Globalization;

namespace ComplaintsAssistant.Store.Sqlite;

/// <summary>A period split for the month counts: the whole calendar months inside it ("2025-04" to "2026-03") and the
/// days left at either end (1–14 April of "since 15 March"), which are counted from the facts.</summary>
internal sealed record MonthSpan((string First, string Last)? Months, IReadOnlyList<(DateOnly From, DateOnly To)> Days)
{
    public static MonthSpan Of(DateOnly from, DateOnly to)
    {
        var firstWhole = from.Day == 1 ? from : new DateOnly(from.Year, from.Month, 1).AddMonths(1);
        var lastWhole = to.AddDays(1).Day == 1 ? to : new DateOnly(to.Year, to.Month, 1).AddDays(-1);
        if (firstWhole > lastWhole) return new MonthSpan(null, [(from, to)]);
        var days = new List<(DateOnly, DateOnly)>();
        if (from < firstWhole) days.Add((from, firstWhole.AddDays(-1)));
        if (lastWhole < to) days.Add((lastWhole.AddDays(1), to));
        return new MonthSpan((Month(firstWhole), Month(lastWhole)), days);
    }

    private static string Month(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
