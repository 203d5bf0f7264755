using System.Globalization;
using ComplaintsAssistant.Bot.Cards;

namespace ComplaintsAssistant.Bot.Conversations;

/// <summary>Reads a card's string values into typed command fields. It only checks form (a date is a date, a choice is one of
/// the choices); whether a value is allowed is core's call. Keeps every problem, one per input, naming the input; a field it
/// could not read comes back as a placeholder, so core can still say what else is wrong.</summary>
public sealed class FormReader(FormValues values, string prefix = "")
{
    private readonly List<FieldError> _errors = [];

    public IReadOnlyList<FieldError> Errors => _errors;

    public string Text(string name) => values[prefix + name] ?? "";

    public string? OptionalText(string name) => values[prefix + name];

    public bool Toggle(string name) => string.Equals(values[prefix + name], "true", StringComparison.OrdinalIgnoreCase);

    public DateOnly Date(string name, string label, DateOnly? fallback = null)
    {
        var raw = values[prefix + name];
        if (raw is null && fallback is { } given) return given;
        if (raw is not null && DateOnly.TryParseExact(raw[..Math.Min(raw.Length, 10)], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        Fail(name, $"Enter {label.ToLowerInvariant()} as a date.");
        return default;
    }

    public int Number(string name, string label)
    {
        if (double.TryParse(values[prefix + name], NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            && number == Math.Floor(number) && number is >= int.MinValue and <= int.MaxValue)
            return (int)number;
        Fail(name, $"Enter {label.ToLowerInvariant()} as a whole number.");
        return 0;
    }

    public T Choice<T>(string name, string label) where T : struct, Enum => OptionalChoice<T>(name, label) ?? Missing<T>(name, label);

    public T? OptionalChoice<T>(string name, string label) where T : struct, Enum
    {
        var raw = values[prefix + name];
        if (raw is null) return null;
        if (Enum.TryParse<T>(raw, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(raw, out _)) return value;
        Fail(name, $"Choose {label.ToLowerInvariant()} from the list.");
        return null;
    }

    public IReadOnlyList<T> Choices<T>(string name, string label) where T : struct, Enum
    {
        var chosen = new List<T>();
        foreach (var raw in values.List(prefix + name))
        {
            if (Enum.TryParse<T>(raw, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(raw, out _)) chosen.Add(value);
            else Fail(name, $"Choose {label.ToLowerInvariant()} from the list.");
        }
        return chosen;
    }

    public IReadOnlyList<string> List(string name) => values.List(prefix + name);

    /// <summary>Choices made in numbered inputs (<c>concern.1</c>, <c>concern.2</c>…); blanks are skipped.</summary>
    public IReadOnlyList<(int Number, T Value)> NumberedChoices<T>(string stem, string label) where T : struct, Enum
    {
        var chosen = new List<(int, T)>();
        foreach (var id in values.Ids.Where(i => i.StartsWith(prefix + stem, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
        {
            var name = id[prefix.Length..];
            if (int.TryParse(name[stem.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                && OptionalChoice<T>(name, label) is { } value)
                chosen.Add((number, value));
        }
        return chosen.OrderBy(c => c.Item1).ToArray();
    }

    private T Missing<T>(string name, string label)
    {
        Fail(name, $"Choose {label.ToLowerInvariant()}.");
        return default!;
    }

    private void Fail(string name, string message)
    {
        if (_errors.All(e => !string.Equals(e.InputId, prefix + name, StringComparison.OrdinalIgnoreCase)))
            _errors.Add(new FieldError(prefix + name, message));
    }
}
