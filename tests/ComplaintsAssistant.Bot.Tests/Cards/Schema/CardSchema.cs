using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ComplaintsAssistant.Bot.Tests.Cards.Schema;

/// <summary>Validates a card against the official Adaptive Card 1.5 JSON schema (adaptive-card.json beside this file, a copy of
/// the published schema). A small validator for exactly the keywords that schema uses ($ref, type, enum, pattern, properties,
/// additionalProperties, required, items, anyOf, allOf), so no validator package is needed.
/// Teams' own <c>msteams</c> property on the card is allowed (the schema forbids it; bot-protocol.md §4).</summary>
public sealed class CardSchema
{
    private readonly JsonObject _root;

    private CardSchema(JsonObject root) => _root = root;

    public static CardSchema Official { get; } = new(JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.CardsFolder, "Schema", "adaptive-card.json")))!.AsObject());

    /// <summary>Every way the card breaks the schema, as "path: problem"; empty when it is valid.</summary>
    public IReadOnlyList<string> Validate(JsonObject card)
    {
        var copy = (JsonObject)card.DeepClone();
        copy.Remove("msteams");
        var errors = new List<string>();
        Check(copy, _root, "$", errors);
        return errors;
    }

    private void Check(JsonNode? node, JsonObject schema, string path, List<string> errors)
    {
        if (schema["$ref"] is JsonValue reference)
        {
            Check(node, Resolve((string)reference!), path, errors);
            return;
        }
        if (schema["type"] is { } type && !TypeMatches(node, type)) { errors.Add($"{path}: expected {type.ToJsonString()}, got {Kind(node)}"); return; }
        if (schema["enum"] is JsonArray allowed && !allowed.Any(a => JsonNode.DeepEquals(a, node))) errors.Add($"{path}: {node?.ToJsonString()} is not one of {allowed.ToJsonString()}");
        if (schema["pattern"] is JsonValue pattern && node is JsonValue text && text.TryGetValue<string>(out var s) && !Regex.IsMatch(s, (string)pattern!))
            errors.Add($"{path}: '{s}' does not match {pattern}");
        if (schema["allOf"] is JsonArray all) foreach (var part in all) Check(node, part!.AsObject(), path, errors);
        if (schema["anyOf"] is JsonArray any && !any.Any(option => Passes(node, option!.AsObject(), path)))
            errors.Add($"{path}: matches none of the allowed shapes{Hint(node)}; e.g. {FirstFailure(node, any, path)}");
        if (node is JsonObject obj) CheckObject(obj, schema, path, errors);
        if (node is JsonArray array && schema["items"] is JsonObject items)
            for (var i = 0; i < array.Count; i++) Check(array[i], items, $"{path}[{i}]", errors);
    }

    private void CheckObject(JsonObject obj, JsonObject schema, string path, List<string> errors)
    {
        if (schema["required"] is JsonArray required)
            foreach (var name in required.Select(r => (string)r!).Where(n => !obj.ContainsKey(n))) errors.Add($"{path}: missing required '{name}'");
        var properties = schema["properties"] as JsonObject;
        foreach (var (name, value) in obj)
        {
            if (properties?[name] is JsonObject property) Check(value, property, $"{path}.{name}", errors);
            else if (schema["additionalProperties"] is JsonValue extra && !(bool)extra) errors.Add($"{path}: unknown property '{name}'");
            else if (schema["additionalProperties"] is JsonObject extraSchema) Check(value, extraSchema, $"{path}.{name}", errors);
        }
    }

    private bool Passes(JsonNode? node, JsonObject schema, string path)
    {
        var errors = new List<string>();
        Check(node, schema, path, errors);
        return errors.Count == 0;
    }

    private string FirstFailure(JsonNode? node, JsonArray options, string path)
    {
        // Report the option for this element's own type, when there is one, so the message names the real problem.
        var own = options.Select(o => o!.AsObject()).FirstOrDefault(o => OwnType(o) == (node as JsonObject)?["type"]?.ToString());
        var errors = new List<string>();
        Check(node, own ?? options[0]!.AsObject(), path, errors);
        return string.Join("; ", errors.Take(3));
    }

    private static string? OwnType(JsonObject option) =>
        option["allOf"] is JsonArray { Count: 1 } parts && parts[0]?["$ref"] is JsonValue r ? ((string)r!).Split('/')[^1] : null;

    private static string Hint(JsonNode? node) => node is JsonObject o && o["type"] is { } t ? $" for type {t}" : "";

    private JsonObject Resolve(string reference) =>
        reference.StartsWith("#/definitions/", StringComparison.Ordinal)
            ? _root["definitions"]![reference["#/definitions/".Length..]]!.AsObject()
            : throw new NotSupportedException(reference);

    private static bool TypeMatches(JsonNode? node, JsonNode type) => type switch
    {
        JsonArray types => types.Any(t => TypeMatches(node, t!)),
        _ => (string)type! switch
        {
            "object" => node is JsonObject,
            "array" => node is JsonArray,
            "string" => node?.GetValueKind() == JsonValueKind.String,
            "boolean" => node?.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
            "number" => node?.GetValueKind() == JsonValueKind.Number,
            "integer" => node?.GetValueKind() == JsonValueKind.Number && node.GetValue<decimal>() == decimal.Floor(node.GetValue<decimal>()),
            "null" => node is null,
            var other => throw new NotSupportedException(other),
        },
    };

    private static string Kind(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        _ => node.GetValueKind().ToString().ToLowerInvariant(),
    };
}
