using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.Cards;

/// <summary>What a card sent back: its data and input values, all strings, keyed by input id. Forms re-render
/// from it so a user who made a mistake keeps what they typed.</summary>
public sealed class FormValues
{
    private readonly Dictionary<string, string> _values;

    public FormValues(IEnumerable<KeyValuePair<string, string>> values) =>
        _values = new Dictionary<string, string>(values, StringComparer.OrdinalIgnoreCase);

    public static FormValues Empty { get; } = new([]);

    /// <summary>Reads the strings out of a card action's data; nested objects (e.g. <c>msteams</c>) are skipped.</summary>
    public static FormValues From(JsonObject? data) => new(
        (data ?? []).Where(p => p.Value is JsonValue)
            .Select(p => KeyValuePair.Create(p.Key, p.Value!.ToString())));

    /// <summary>The trimmed value, or null when absent or blank.</summary>
    public string? this[string id] => _values.TryGetValue(id, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>The value the user sent, else <paramref name="fallback"/> (a form's default).</summary>
    public string? Or(string id, string? fallback) => this[id] ?? fallback;

    public bool Has(string id) => _values.ContainsKey(id);

    public IEnumerable<string> Ids => _values.Keys;

    /// <summary>A multi-select ChoiceSet's values (comma-separated on the wire).</summary>
    public IReadOnlyList<string> List(string id) =>
        this[id]?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    public FormValues With(string id, string value) =>
        new(_values.Where(p => !string.Equals(p.Key, id, StringComparison.OrdinalIgnoreCase)).Append(KeyValuePair.Create(id, value)));
}
