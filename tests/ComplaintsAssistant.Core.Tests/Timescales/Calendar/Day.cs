namespace ComplaintsAssistant.Core.Tests.Timescales.Calendar;

// Attribute rows cannot hold DateOnly, so rows carry ISO strings.
internal static class Day
{
    public static DateOnly Of(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");
}
