using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Timescales;
using static ComplaintsAssistant.Core.Tests.Cases.Given;

namespace ComplaintsAssistant.Core.Tests.Cases;

public class TimescaleTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Theory]
    // Working days from the next working day; Mon 25 May 2026 is the spring bank holiday.
    [InlineData(TimescaleUnit.WorkingDays, 20, "2026-05-15", "2026-06-15")]
    // Calendar days from the next day; a period ending on a Sunday ends on the Sunday.
    [InlineData(TimescaleUnit.CalendarDays, 28, "2026-06-01", "2026-06-29")]
    [InlineData(TimescaleUnit.CalendarDays, 27, "2026-06-01", "2026-06-28")]
    [InlineData(TimescaleUnit.CalendarDays, 28, "2026-12-20", "2027-01-17")]
    // Calendar months: the corresponding date, or the month's last day when there is none.
    [InlineData(TimescaleUnit.CalendarMonths, 1, "2026-05-15", "2026-06-15")]
    [InlineData(TimescaleUnit.CalendarMonths, 1, "2026-01-31", "2026-02-28")]
    [InlineData(TimescaleUnit.CalendarMonths, 1, "2028-01-31", "2028-02-29")]
    [InlineData(TimescaleUnit.CalendarMonths, 1, "2026-03-31", "2026-04-30")]
    [InlineData(TimescaleUnit.CalendarMonths, 1, "2026-02-28", "2026-03-28")]
    [InlineData(TimescaleUnit.CalendarMonths, 2, "2025-12-31", "2026-02-28")]
    [InlineData(TimescaleUnit.CalendarMonths, 1, "2026-12-15", "2027-01-15")]
    public void EndsOnCountsInTheUnit(TimescaleUnit unit, int length, string start, string expected)
    {
        Assert.Equal(Day(expected), new Timescale(length, Unit: unit).EndsOn(Day(start), Calendar));
    }

    [Theory]
    [InlineData(TimescaleUnit.WorkingDays, 20, "20 working days")]
    [InlineData(TimescaleUnit.CalendarDays, 28, "28 calendar days")]
    [InlineData(TimescaleUnit.CalendarMonths, 1, "1 calendar month")]
    [InlineData(TimescaleUnit.CalendarMonths, 2, "2 calendar months")]
    public void InWordsNamesTheUnit(TimescaleUnit unit, int length, string words)
    {
        Assert.Equal(words, new Timescale(length, Unit: unit).InWords());
    }
}
