using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace ComplaintsAssistant.Core.Timescales;

/// <summary>
/// Working days as reg 2 of the Children Act 1989 Representations Procedure (England) Regulations
/// 2006 defines them: every day except Saturdays, Sundays, Christmas Day, Good Friday and bank
/// holidays in England (including substitute days and one-off days the government declares).
/// Day 1 of a clock is the first working day after the day of receipt: received Friday 1 May 2026,
/// day 1 is Tuesday 5 May, because Monday 4 May is the early May bank holiday.
/// Immutable and safe to share between threads; each year's holidays are computed once, on first use.
/// </summary>
public sealed class WorkingDayCalendar
{
    // Years for which a GOV.UK file was supplied: its list for that year replaces the rules.
    private readonly ImmutableDictionary<int, ImmutableArray<BankHoliday>> publishedYears;
    private readonly ConcurrentDictionary<int, YearHolidays> years = new();

    private WorkingDayCalendar(ImmutableDictionary<int, ImmutableArray<BankHoliday>> publishedYears)
    {
        this.publishedYears = publishedYears;
    }

    /// <summary>England and Wales: the recurring rules for any year plus the built-in one-off and moved days.</summary>
    public static WorkingDayCalendar EnglandAndWales { get; } = new(ImmutableDictionary<int, ImmutableArray<BankHoliday>>.Empty);

    /// <summary>
    /// A new calendar that takes its holidays from a GOV.UK bank-holidays.json document (division
    /// "england-and-wales") for every year in which the document has at least one event; other
    /// years keep this calendar's holidays. So a newly declared day is added, and a recurring day
    /// the government moved (2020: early May from 4 to 8 May) stops counting as a holiday.
    /// </summary>
    /// <exception cref="FormatException">The document is not valid JSON, lacks the division, or has a bad field; the message names it.</exception>
    public WorkingDayCalendar WithGovUkFile(string json)
    {
        var published = GovUkBankHolidaysReader.Read(json, "GOV.UK bank-holidays.json")
            .Select(e => e.Holiday)
            .GroupBy(h => h.Date.Year)
            .ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray());
        return new WorkingDayCalendar(publishedYears.SetItems(published));
    }

    /// <summary>The last year a GOV.UK file gave this calendar its holidays for; null when it has only the rules.</summary>
    public int? LastPublishedYear => publishedYears.IsEmpty ? null : publishedYears.Keys.Max();

    /// <summary>False on Saturdays, Sundays and every holiday in <see cref="BankHolidays"/>.</summary>
    public bool IsWorkingDay(DateOnly date) => !Weekdays.IsWeekend(date) && !Year(date.Year).Contains(date);

    /// <summary>The year's holidays, sorted by date, as observed (substitute days, not the weekend dates they replace).</summary>
    public IReadOnlyList<BankHoliday> BankHolidays(int year) => Year(year).All;

    /// <summary>
    /// The day on which a clock of <paramref name="workingDays"/> working days started on
    /// <paramref name="start"/> ends. Day 1 is the first working day after <paramref name="start"/>,
    /// so a start on a weekend or holiday behaves like a start on the last working day before it.
    /// Received Wednesday 23 December 2026, 10 working days end on Monday 11 January 2027.
    /// Zero returns <paramref name="start"/> itself.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        if (workingDays == 0)
        {
            return start;
        }

        // Step over weekdays in closed form, then over the holidays that step crossed, until a
        // step crosses none. Each pass only revisits the few days the previous one added.
        var end = Weekdays.Add(start, workingDays);
        int skipped = HolidaysAfter(start, end);
        while (skipped > 0)
        {
            var next = Weekdays.Add(end, skipped);
            skipped = HolidaysAfter(end, next);
            end = next;
        }

        return end;
    }

    /// <summary>
    /// Working days d with <paramref name="from"/> &lt; d &lt;= <paramref name="to"/>, 0 when
    /// <paramref name="to"/> is not after <paramref name="from"/>: the day a clock has reached, so
    /// <c>WorkingDaysBetween(s, AddWorkingDays(s, n)) == n</c>.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to) =>
        to <= from ? 0 : Weekdays.CountAfter(from, to) - HolidaysAfter(from, to);

    /// <summary>Calendar days from <paramref name="from"/> to <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    public static int CalendarDaysBetween(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;

    // Weekday holidays d with from < d <= to.
    private int HolidaysAfter(DateOnly from, DateOnly to)
    {
        int count = 0;
        for (int year = from.Year; year <= to.Year; year++)
        {
            count += Year(year).CountAfter(from, to);
        }

        return count;
    }

    private YearHolidays Year(int year) => years.GetOrAdd(year, static (y, calendar) => calendar.Build(y), this);

    private YearHolidays Build(int year) =>
        new(publishedYears.TryGetValue(year, out var published)
            ? published
            : OneOffDays.Embedded.AppliedTo(year, EnglandAndWalesRules.For(year)));
}
