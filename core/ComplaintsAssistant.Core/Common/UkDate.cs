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

    /// <summary>"1 June 2026": how a date reads in a message to a council officer, as people in the UK write it.</summary>
    public static string InWords(DateOnly date) => date.ToString("d MMMM yyyy", English);
}
