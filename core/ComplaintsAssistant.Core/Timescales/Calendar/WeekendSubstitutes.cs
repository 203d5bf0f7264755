namespace ComplaintsAssistant.Core.Timescales;

/// <summary>
/// Substitute days for fixed-date holidays that fall at a weekend (Banking and Financial Dealings
/// Act 1971, Sch 1, as applied by royal proclamation each year): the holiday moves to the next
/// weekday that is not already a holiday.
/// </summary>
internal static class WeekendSubstitutes
{
    public static BankHoliday NewYearsDay(int year) =>
        Observed(new DateOnly(year, 1, 1), "New Year’s Day", taken: []);

    // Christmas is placed first so that Boxing Day moves past it: Christmas on Saturday gives
    // Mon 27 (Christmas) and Tue 28 (Boxing Day); Christmas on Sunday leaves Boxing Day on
    // Mon 26 and puts the Christmas substitute on Tue 27.
    public static IEnumerable<BankHoliday> ChristmasAndBoxingDay(int year)
    {
        var christmas = new DateOnly(year, 12, 25);
        var boxingDay = christmas.AddDays(1);
        if (christmas.DayOfWeek == DayOfWeek.Sunday)
        {
            var boxing = Observed(boxingDay, "Boxing Day", taken: []);
            return [boxing, Observed(christmas, "Christmas Day", taken: [boxing.Date])];
        }

        var christmasObserved = Observed(christmas, "Christmas Day", taken: []);
        return [christmasObserved, Observed(boxingDay, "Boxing Day", taken: [christmasObserved.Date])];
    }

    private static BankHoliday Observed(DateOnly date, string title, DateOnly[] taken)
    {
        var observed = date;
        while (Weekdays.IsWeekend(observed) || taken.Contains(observed))
        {
            observed = observed.AddDays(1);
        }

        return new BankHoliday(observed, title, IsSubstitute: observed != date);
    }
}
