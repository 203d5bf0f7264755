using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.Cards;

/// <summary>How a refused form shows what to put right: every rule at once, each beside the input it is about, and once at
/// the top (the rule itself when there is one, else how many), where any rule about no input on the form also goes.</summary>
public static class FormErrors
{
    /// <summary>The input followed by every rule it broke.</summary>
    public static IEnumerable<JsonNode> Field(JsonObject input, IReadOnlyList<FieldError> errors) =>
        [input, .. At((string?)input["id"] ?? "", errors)];

    /// <summary>The rules about <paramref name="id"/>: an input, or a group of inputs that share one (the outcome of each concern).</summary>
    public static IEnumerable<JsonNode> At(string id, IReadOnlyList<FieldError> errors) =>
        errors.Where(e => string.Equals(e.InputId, id, StringComparison.OrdinalIgnoreCase)).Select(e => (JsonNode)Elements.Attention(e.Message));

    /// <param name="lead">"Not logged yet", "Not done".</param>
    /// <param name="placed">The ids whose rules show beside them on this form.</param>
    public static IEnumerable<JsonNode> Banner(string lead, IReadOnlyList<FieldError> errors, IEnumerable<string> placed)
    {
        if (errors.Count == 0) yield break;
        if (errors.Count == 1)
        {
            yield return Elements.Attention($"{lead}: {errors[0].Message}");
            yield break;
        }
        var beside = placed.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var elsewhere = errors.Where(e => e.InputId is null || !beside.Contains(e.InputId)).ToArray();
        var marked = errors.Count - elsewhere.Length;
        yield return Elements.Attention(marked == 0 ? $"{lead}:" : $"{lead}: {marked} thing{(marked == 1 ? "" : "s")} to put right, marked below.");
        foreach (var error in elsewhere) yield return Elements.Attention(error.Message);
    }

    /// <summary>The rules in one line, for clients that show text instead of the card.</summary>
    public static string Summary(string lead, IReadOnlyList<FieldError> errors) => $"{lead}: {string.Join(" ", errors.Select(e => e.Message))}";
}
