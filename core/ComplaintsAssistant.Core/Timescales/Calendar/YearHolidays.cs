using System.Collections.Immutable;

namespace ComplaintsAssistant.Core.Timescales;

/// <summary>One year's holidays, sorted once so that lookups and range counts are binary searches.</summary>
internal sealed class YearHolidays
{
    // Only holidays falling Monday to Friday affect counting: a weekend day is never a working
    // day anyway, and a file could list one.
    private readonly ImmutableArray<int> weekdayDayNumbers;

    public YearHolidays(IEnumerable<BankHoliday> holidays)
    {
        All = [.. holidays.OrderBy(h => h.Date)];
        weekdayDayNumbers = [.. All.Where(h => !Weekdays.IsWeekend(h.Date)).Select(h => h.Date.DayNumber).Distinct()];
    }

    public ImmutableArray<BankHoliday> All { get; }

    public bool Contains(DateOnly date) => weekdayDayNumbers.BinarySearch(date.DayNumber) >= 0;

    /// <summary>Weekday holidays d with from &lt; d &lt;= to.</summary>
    public int CountAfter(DateOnly from, DateOnly to) =>
        CountUpTo(to.DayNumber) - CountUpTo(from.DayNumber);

    private int CountUpTo(int dayNumber)
    {
        int index = weekdayDayNumbers.BinarySearch(dayNumber);
        return index >= 0 ? index + 1 : ~index;
    }
}
