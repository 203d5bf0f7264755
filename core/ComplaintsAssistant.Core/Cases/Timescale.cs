using System.Globalization;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Cases;

/// <summary>How long a clock or a window runs, counted in <paramref name="Unit"/>, and how far a clock may be extended.
/// Clocks count working days, as the 2006 Regulations and the Complaint Handling Code do; only the escalation window,
/// which councils set locally ("within 28 days", "within one month"), may count calendar days or months
/// (<see cref="TimescalePolicy.Validate"/>).</summary>
/// <param name="MaxWorkingDays">The statutory maximum after extension (extensions are agreed in working days); null when no extension is allowed.</param>
public sealed record Timescale(int Length, int? MaxWorkingDays = null, TimescaleUnit Unit = TimescaleUnit.WorkingDays)
{
    /// <summary>The last day of the period started on <paramref name="start"/> (day 0). Working days count from the next
    /// working day (reg 2). Calendar days count from the next day: 28 days from 1 June 2026 end on 29 June. A calendar month
    /// ends on the corresponding date of the later month, or on that month's last day when it has none (the corresponding
    /// date rule, Dodds v Walker [1981] 1 WLR 1027; "month" means calendar month, Interpretation Act 1978 sch 1): one month
    /// from 15 May ends on 15 June, from 31 January on 28 February (29 in a leap year). A period in calendar days or months
    /// ends on its day even when that is a weekend or bank holiday: the complainant can still write, and a request a little
    /// late can be accepted with a reason.</summary>
    public DateOnly EndsOn(DateOnly start, WorkingDayCalendar calendar) => Unit switch
    {
        TimescaleUnit.CalendarDays => start.AddDays(Length),
        TimescaleUnit.CalendarMonths => start.AddMonths(Length),
        _ => calendar.AddWorkingDays(start, Length),
    };

    /// <summary>"20 working days", "28 calendar days", "1 calendar month".</summary>
    public string InWords()
    {
        var unit = Unit switch
        {
            TimescaleUnit.CalendarDays => "calendar day",
            TimescaleUnit.CalendarMonths => "calendar month",
            _ => "working day",
        };
        return $"{Length.ToString(CultureInfo.InvariantCulture)} {unit}{(Length == 1 ? "" : "s")}";
    }
}

/// <summary>What a timescale counts.</summary>
public enum TimescaleUnit
{
    /// <summary>Days other than weekends and bank holidays in England (reg 2 of the 2006 Regulations).</summary>
    WorkingDays,
    CalendarDays,
    CalendarMonths,
}
