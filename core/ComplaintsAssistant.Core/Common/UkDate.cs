using System.Globalization;

namespace ComplaintsAssistant.Core.Common;

/// <summary>Statutory days are days in England: "today" is the date in Europe/London, not UTC,
/// so a complaint logged at 00:30 BST counts as received that day.</summary>
public static class UkDate
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static DateOnly Today(TimeProvider time) => On(time.GetUtcNow());

    public static DateOnly On(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, London).DateTime);

    /// <summary>"2 April 2026", as people in the UK write a date.</summary>
    public static string Words(DateOnly date) => date.ToString("d MMMM yyyy", English);
}
