using System.Globalization;
using System.Text.Json;

namespace ComplaintsAssistant.Core.Import;

/// <summary>Reads typed values from one JSON Lines record, noting each value of the wrong type (by its key path) instead
/// of stopping at the first, so one pass says everything wrong with the line.</summary>
internal sealed class JsonValues(int line, List<ImportIssue> issues)
{
    public string? Text(JsonElement parent, string key, string path, bool required = false)
    {
        if (!Present(parent, key, out var value))
        {
            if (required) Add(path, null, "is required.");
            return null;
        }
        if (value.ValueKind == JsonValueKind.String && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text)) return text.Trim();
        if (value.ValueKind == JsonValueKind.String) { if (required) Add(path, "", "is required."); return null; }
        Add(path, value.GetRawText(), "must be text (in quotes).");
        return null;
    }

    public DateOnly? Date(JsonElement parent, string key, string path, bool required = false)
    {
        var text = Text(parent, key, path, required);
        if (text is null) return null;
        if (ImportDates.TryParse(text, out var date)) return date;
        Add(path, text, "must be a date written YYYY-MM-DD (e.g. 2024-05-01).");
        return null;
    }

    public bool? Bool(JsonElement parent, string key, string path)
    {
        if (!Present(parent, key, out var value)) return null;
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) return value.GetBoolean();
        Add(path, value.GetRawText(), "must be true or false.");
        return null;
    }

    public int? Int(JsonElement parent, string key, string path, bool required = false)
    {
        if (!Present(parent, key, out var value))
        {
            if (required) Add(path, null, "is required.");
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)) return number;
        Add(path, value.GetRawText(), "must be a whole number.");
        return null;
    }

    public decimal? Money(JsonElement parent, string key, string path, bool required = false)
    {
        if (!Present(parent, key, out var value))
        {
            if (required) Add(path, null, "is required (an amount in pounds).");
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var amount) && amount >= 0) return amount;
        if (value.ValueKind == JsonValueKind.String && ImportMoney.TryParse(value.GetString(), out amount)) return amount;
        Add(path, value.GetRawText(), "must be an amount in pounds, such as 250.00.");
        return null;
    }

    /// <summary>The items of a list; a missing or null list is empty.</summary>
    public IEnumerable<(JsonElement Item, string Path)> List(JsonElement parent, string key, string path)
    {
        if (!Present(parent, key, out var value)) yield break;
        if (value.ValueKind != JsonValueKind.Array)
        {
            Add(path, value.GetRawText(), "must be a list ([…]).");
            yield break;
        }
        var i = 0;
        foreach (var item in value.EnumerateArray()) yield return (item, $"{path}[{i++}]");
    }

    /// <summary>The object under <paramref name="key"/>, or null when missing or null.</summary>
    public JsonElement? Object(JsonElement parent, string key, string path)
    {
        if (!Present(parent, key, out var value)) return null;
        if (value.ValueKind == JsonValueKind.Object) return value;
        Add(path, value.GetRawText(), "must be an object ({…}).");
        return null;
    }

    public bool IsObject(JsonElement item, string path)
    {
        if (item.ValueKind == JsonValueKind.Object) return true;
        Add(path, item.GetRawText(), "must be an object ({…}).");
        return false;
    }

    public void Add(string path, string? value, string reason) => issues.Add(new ImportIssue(line, path, value, reason));

    private static bool Present(JsonElement parent, string key, out JsonElement value) =>
        parent.TryGetProperty(key, out value) && value.ValueKind != JsonValueKind.Null;
}

/// <summary>Dates as import-format.md writes them: ISO <c>YYYY-MM-DD</c>, no times.</summary>
internal static class ImportDates
{
    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}

/// <summary>Sums in pounds, e.g. <c>250.00</c> (no currency sign, a point for pence).</summary>
internal static class ImportMoney
{
    public static bool TryParse(string? text, out decimal amount) =>
        decimal.TryParse(text?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
}
