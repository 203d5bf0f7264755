namespace ComplaintsAssistant.Core.EmailIntake.Dates;

/// <summary>A date and time as a mail client wrote it in a header line, before any time zone is applied.</summary>
/// <param name="Time">Null when only a day was written.</param>
/// <param name="Zone">Null when no zone was written: the time is then read as London time.</param>
/// <param name="Weekday">The weekday as written, to cross-check the date.</param>
/// <param name="Order">How a numeric day and month were told apart.</param>
/// <param name="Text">The text the date was read from, as the evidence to show the worker.</param>
public sealed record WrittenDate(DateOnly Date, TimeOnly? Time, WrittenZone? Zone, DayOfWeek? Weekday, DayMonthOrder Order, string Text)
{
    /// <summary>False when a weekday was written and the date falls on another day.</summary>
    public bool WeekdayAgrees => Weekday is not { } day || day == Date.DayOfWeek;
}

public enum DayMonthOrder
{
    /// <summary>The month was a word, the date was ISO, or the numbers could only be read one way.</summary>
    Unambiguous,
    /// <summary><c>03/04/2026</c> read the UK way (3 April) because both numbers could be a month.</summary>
    AssumedDayFirst,
    /// <summary>Read the US way (month first) because the second number can only be a day, or the weekday said so.</summary>
    MonthFirst,
}
