using System.Text.Json;

namespace ComplaintsAssistant.Core.Tests.Timescales.Calendar;

/// <summary>Builds small documents in GOV.UK bank-holidays.json shape.</summary>
internal static class GovUkJson
{
    public static string Of(params (string Date, string Title)[] events) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["england-and-wales"] = new
            {
                division = "england-and-wales",
                events = events.Select(e => new { title = e.Title, date = e.Date, notes = "", bunting = true }),
            },
        });

    /// <summary>The published events of <paramref name="year"/>, plus or minus some dates.</summary>
    public static string PublishedYear(int year, string[]? add = null, string[]? remove = null) =>
        Of([.. PublishedList.In(year)
            .Select(e => (Date: e.Date.ToString("yyyy-MM-dd"), e.Title))
            .Where(e => remove is null || !remove.Contains(e.Date))
            .Concat((add ?? []).Select(d => (Date: d, Title: "Declared day")))]);
}
