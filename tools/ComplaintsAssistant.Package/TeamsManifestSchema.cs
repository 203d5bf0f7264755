using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace ComplaintsAssistant.Package;

/// <summary>The official Teams / Microsoft 365 app manifest schema v1.30 (Schemas/teams/v1.30, byte for byte), applied with
/// JsonSchema.Net, which evaluates every keyword the schema uses — <c>const</c>, <c>if</c>/<c>then</c>, <c>dependencies</c> —
/// so the <c>extensions</c> block (the Outlook add-in) is checked in full.</summary>
internal static class TeamsManifestSchema
{
    public const string ResourceName = "Schemas/teams/v1.30/MicrosoftTeams.schema.json";
    public const string Draft04 = "http://json-schema.org/draft-04/schema#";
    private const string Draft07 = "http://json-schema.org/draft-07/schema#";

    /// <summary>Keywords whose meaning changed after draft-04 (boolean exclusiveMinimum/Maximum, <c>id</c> as a schema's
    /// base URI). The schema says draft-04 but uses none of them, so draft-07 reads it the same; JsonSchema.Net has no
    /// draft-04. A test walks the schema for these, so a future schema that uses one is noticed.</summary>
    public static readonly string[] Draft04OnlyKeywords = ["exclusiveMinimum", "exclusiveMaximum", "id"];

    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(Resources.Text(ResourceName).Replace(Draft04, Draft07, StringComparison.Ordinal), new BuildOptions()));

    /// <summary>Every way the manifest breaks the schema, as "location: keyword: message"; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(string manifestJson)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(manifestJson);
        }
        catch (JsonException e)
        {
            return [$"manifest.json is not JSON: {e.Message}"];
        }
        using (document)
        {
            var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (result.IsValid) return [];
            return (result.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{Location(d.InstanceLocation.ToString())}: {e.Key}: {e.Value}"))
                .Distinct()
                .ToList();
        }
    }

    public static JsonObject SchemaJson() => JsonNode.Parse(Resources.Text(ResourceName))!.AsObject();

    private static string Location(string? pointer) => string.IsNullOrEmpty(pointer) ? "manifest.json" : "manifest.json" + pointer;
}
