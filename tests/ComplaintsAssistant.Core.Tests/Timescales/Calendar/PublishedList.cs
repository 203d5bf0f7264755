using System.Text.Json;

namespace ComplaintsAssistant.Core.Tests.Timescales.Calendar;

/// <summary>
/// GOV.UK's published England and Wales list for 2015–2026, typed by hand into
/// gov-uk-england-and-wales-2015-2026.json. Read here with plain System.Text.Json so the oracle
/// does not share code with the reader under test.
/// </summary>
internal static class PublishedList
{
    public static readonly string Json = File.ReadAllText(
        Path.Combine(AppContext.BaseDirectory, "Timescales", "Calendar", "gov-uk-england-and-wales-2015-2026.json"));

    public static readonly IReadOnlyList<(DateOnly Date, string Title, bool IsSubstitute)> Events = Read();

    public static IEnumerable<(DateOnly Date, string Title, bool IsSubstitute)> In(int year) =>
        Events.Where(e => e.Date.Year == year);

    private static List<(DateOnly, string, bool)> Read()
    {
        using var document = JsonDocument.Parse(Json);
        return [.. document.RootElement.GetProperty("england-and-wales").GetProperty("events").EnumerateArray()
            .Select(e => (
                Day.Of(e.GetProperty("date").GetString()!),
                e.GetProperty("title").GetString()!,
                e.GetProperty("notes").GetString() == "Substitute day"))];
    }
}
