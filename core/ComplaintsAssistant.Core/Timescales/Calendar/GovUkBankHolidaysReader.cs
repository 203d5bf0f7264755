using System.Globalization;
using System.Text.Json;

namespace ComplaintsAssistant.Core.Timescales;

/// <summary>
/// Reads the "england-and-wales" division of a document shaped like GOV.UK's bank-holidays.json:
/// <c>{ "england-and-wales": { "division": ..., "events": [ { "title", "date": "YYYY-MM-DD", "notes", "bunting" } ] } }</c>.
/// Every problem is a <see cref="FormatException"/> naming the offending field, because a
/// silently skipped holiday would move statutory deadlines without anyone noticing.
/// </summary>
internal static class GovUkBankHolidaysReader
{
    private const string Division = "england-and-wales";

    public static IReadOnlyList<GovUkEvent> Read(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            return ReadDivision(document.RootElement, source);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{source}: not valid JSON ({e.Message})", e);
        }
    }

    private static List<GovUkEvent> ReadDivision(JsonElement root, string source)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(Division, out var division))
        {
            throw new FormatException($"{source}: division \"{Division}\" is missing.");
        }

        if (division.ValueKind != JsonValueKind.Object
            || !division.TryGetProperty("events", out var events)
            || events.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"{source}: \"{Division}\".events is missing or not an array.");
        }

        var result = new List<GovUkEvent>();
        var seen = new HashSet<DateOnly>();
        int index = 0;
        foreach (var item in events.EnumerateArray())
        {
            string path = $"\"{Division}\".events[{index++}]";
            var read = ReadEvent(item, $"{source}: {path}");
            if (!seen.Add(read.Holiday.Date))
            {
                throw new FormatException($"{source}: {path}.date {read.Holiday.Date:yyyy-MM-dd} appears twice.");
            }

            result.Add(read);
        }

        return result;
    }

    private static GovUkEvent ReadEvent(JsonElement item, string path)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"{path} is not an object.");
        }

        string title = RequiredString(item, "title", path);
        var date = ParseDate(RequiredString(item, "date", path), $"{path}.date");
        string notes = OptionalString(item, "notes", path) ?? string.Empty;
        string? replaces = OptionalString(item, "replaces", path);
        var holiday = new BankHoliday(date, title, notes.Contains("substitute", StringComparison.OrdinalIgnoreCase));
        return new GovUkEvent(holiday, replaces is null ? null : ParseDate(replaces, $"{path}.replaces"));
    }

    private static string RequiredString(JsonElement item, string name, string path) =>
        OptionalString(item, name, path) is { Length: > 0 } value
            ? value
            : throw new FormatException($"{path}.{name} is missing or empty.");

    private static string? OptionalString(JsonElement item, string name, string path)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new FormatException($"{path}.{name} is not a string.");
    }

    private static DateOnly ParseDate(string text, string path) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"{path} \"{text}\" is not a date in YYYY-MM-DD form.");
}
