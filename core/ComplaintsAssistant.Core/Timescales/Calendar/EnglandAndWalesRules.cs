namespace ComplaintsAssistant.Core.Timescales;

/// <summary>
/// The recurring bank holidays in England and Wales (Banking and Financial Dealings Act 1971,
/// Sch 1, plus the proclaimed New Year's Day and early May holidays), and Good Friday and
/// Christmas Day, which reg 2 of the 2006 Regulations names in its own right.
/// One-off and moved days are not here: see <see cref="OneOffDays"/>.
/// </summary>
internal static class EnglandAndWalesRules
{
    public static IEnumerable<BankHoliday> For(int year)
    {
        var easter = EasterSunday.In(year);
        yield return WeekendSubstitutes.NewYearsDay(year);
        yield return new BankHoliday(easter.AddDays(-2), "Good Friday", IsSubstitute: false);
        yield return new BankHoliday(easter.AddDays(1), "Easter Monday", IsSubstitute: false);
        yield return new BankHoliday(FirstMonday(year, 5), "Early May bank holiday", IsSubstitute: false);
        yield return new BankHoliday(LastMonday(year, 5), "Spring bank holiday", IsSubstitute: false);
        yield return new BankHoliday(LastMonday(year, 8), "Summer bank holiday", IsSubstitute: false);
        foreach (var day in WeekendSubstitutes.ChristmasAndBoxingDay(year))
        {
            yield return day;
        }
    }

    private static DateOnly FirstMonday(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }
}
