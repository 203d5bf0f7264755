using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ComplaintsAssistant.Bot.Tests.Cards;
using NJsonSchema;

namespace ComplaintsAssistant.Bot.Tests.Manifest;

/// <summary>The Teams app manifest template in manifest/, filled with test values, and the official v1.30 schema
/// (Schema/MicrosoftTeams.schema.json) to check it against with NJsonSchema.</summary>
internal static partial class TeamsManifest
{
    public static string Folder => Path.Combine(TestPaths.Root, "manifest");

    public static string SchemaPath => Path.Combine(TestPaths.Root, "tests", "ComplaintsAssistant.Bot.Tests", "Manifest", "Schema", "MicrosoftTeams.schema.json");

    /// <summary>What a council would put in: the placeholders package.sh fills, by name.</summary>
    public static IReadOnlyDictionary<string, string> TestValues { get; } = new Dictionary<string, string>
    {
        ["BOT_APP_ID"] = "6f1c2d3e-0000-4000-8000-0000000000aa",
        ["HOST_NAME"] = "complaints.example.gov.uk",
        ["WEBSITE_URL"] = "https://intranet.example.gov.uk/complaints?team=children&tab=1",
        ["PRIVACY_URL"] = "https://www.example.gov.uk/privacy/childrens-social-care",
        ["TERMS_URL"] = "https://www.example.gov.uk/terms",
        ["APP_VERSION"] = "1.0.0",
    };

    public static string Template => File.ReadAllText(Path.Combine(Folder, "manifest.json"));

    public static IEnumerable<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct();

    public static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    public static JsonObject Filled() => JsonNode.Parse(Fill(Template, TestValues))!.AsObject();

    private static readonly Lazy<JsonSchema> Official = new(() => JsonSchema.FromJsonAsync(File.ReadAllText(SchemaPath)).GetAwaiter().GetResult());

    private static readonly Lazy<JsonObject> OfficialJson = new(() => JsonNode.Parse(File.ReadAllText(SchemaPath))!.AsObject());

    /// <summary>Keywords in the (nominally draft-04) schema that NJsonSchema 11.6.2 does not apply: <c>const</c> (draft-06) and
    /// <c>if</c>/<c>then</c> (draft-07) are silently ignored; <c>dependencies</c> is not relied on either.</summary>
    public static readonly string[] KeywordsNJsonSchemaSkips = ["const", "if", "then", "else", "dependencies"];

    /// <summary>Top-level parts of the manifest whose schema uses one of <see cref="KeywordsNJsonSchemaSkips"/> other than a
    /// plain <c>const</c> (which <see cref="Validate"/> checks itself): a manifest using them could not be fully checked.</summary>
    public static readonly string[] PartsNotFullyChecked = ["agentConnectors", "extensions"];

    /// <summary>Every way the manifest breaks the official schema, as "path: kind"; empty when it is valid. NJsonSchema does
    /// the work; the <c>const</c> keywords it skips (only manifestVersion's, in v1.30) are checked here.</summary>
    public static IReadOnlyList<string> Validate(string manifestJson)
    {
        var errors = Official.Value.Validate(manifestJson).SelectMany(Flatten).ToList();
        var manifest = JsonNode.Parse(manifestJson);
        foreach (var (path, expected) in Consts(OfficialJson.Value, []))
        {
            var value = path.Aggregate(manifest, (node, name) => (node as JsonObject)?[name]);
            if (value is not null && !JsonNode.DeepEquals(value, expected))
                errors.Add($"#/{string.Join('.', path)}: NotConst (must be {expected!.ToJsonString()}, is {value.ToJsonString()})");
        }
        errors.AddRange(PartsNotFullyChecked.Where(part => manifest is JsonObject o && o.ContainsKey(part))
            .Select(part => $"#/{part}: the test's validator cannot fully check this part (if/then/dependencies)"));
        return errors;
    }

    /// <summary><c>const</c> values reachable from the root through <c>properties</c> alone, with their property paths.</summary>
    private static IEnumerable<(string[] Path, JsonNode? Value)> Consts(JsonObject schema, string[] path)
    {
        if (schema.TryGetPropertyValue("const", out var value)) yield return (path, value);
        if (schema["properties"] is not JsonObject properties) yield break;
        foreach (var (name, child) in properties)
            if (child is JsonObject childSchema)
                foreach (var found in Consts(childSchema, [.. path, name])) yield return found;
    }

    private static IEnumerable<string> Flatten(NJsonSchema.Validation.ValidationError error) =>
        error is NJsonSchema.Validation.ChildSchemaValidationError child
            ? [$"{error.Path}: {error.Kind}", .. child.Errors.SelectMany(e => e.Value).SelectMany(Flatten)]
            : [$"{error.Path}: {error.Kind}{(error.Property is { } p ? $" ({p})" : "")}"];

    [GeneratedRegex(@"\{\{([A-Z_]+)\}\}")]
    private static partial Regex Placeholder();
}
