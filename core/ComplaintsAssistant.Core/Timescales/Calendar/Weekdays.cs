namespace ComplaintsAssistant.Core.Timescales;

/// <summary>
/// Closed-form arithmetic on Monday-to-Friday days, so that counting across years needs no loop.
/// Works on <see cref="DateOnly.DayNumber"/>, where day 0 (1 January 0001) is a Monday.
/// </summary>
internal static class Weekdays
{
    public static bool IsWeekend(DateOnly date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>Weekdays d with from &lt; d &lt;= to; callers ensure from &lt;= to.</summary>
    public static int CountAfter(DateOnly from, DateOnly to) => UpTo(to.DayNumber) - UpTo(from.DayNumber);

    /// <summary>The <paramref name="count"/>-th weekday after <paramref name="start"/>; count &gt;= 1.</summary>
    public static DateOnly Add(DateOnly start, int count)
    {
        long target = (long)UpTo(start.DayNumber) + count;
        long dayNumber = ((target - 1) / 5 * 7) + ((target - 1) % 5);
        if (dayNumber > DateOnly.MaxValue.DayNumber)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "The result is after 31 December 9999.");
        }

        return DateOnly.FromDayNumber((int)dayNumber);
    }

    // Weekdays with day number 0..dayNumber inclusive.
    private static int UpTo(int dayNumber)
    {
        int days = dayNumber + 1;
        return (days / 7 * 5) + Math.Min(days % 7, 5);
    }
}
