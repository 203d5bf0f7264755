using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Core.Storage.Upcasting;

/// <summary>Version 1 → 2: the reporting vocabularies of import-format.md (docs/decisions/0012-figures-vocabulary.md).
/// Values with one new meaning are renamed (11-15 lies inside 10-15, "rejected" is "out of jurisdiction", "friend or
/// other" is "other"); values that can't be split (under 5, 5-10, parent or relative, an ethnic group without its
/// category) are kept as recorded, since guessing would change published figures. A resolution by ADR gets the ADR it
/// implies, so every ADR is counted from one place.</summary>
public sealed class ReportingVocabularyUpcaster : ICaseUpcaster
{
    public int From => 1;

    private static readonly Dictionary<string, string> AgeBands = new(StringComparer.OrdinalIgnoreCase)
    {
        ["from11To15"] = "tenToFifteen",
        ["from16To17"] = "sixteenToSeventeen",
        ["over18CareLeaver"] = "eighteenPlus",
    };

    private static readonly Dictionary<string, string> Relationships = new(StringComparer.OrdinalIgnoreCase) { ["friendOrOther"] = "other" };
    private static readonly Dictionary<string, string> Outcomes = new(StringComparer.OrdinalIgnoreCase) { ["rejected"] = "outOfJurisdiction" };
    private static readonly Dictionary<string, string> Resolutions = new(StringComparer.OrdinalIgnoreCase) { ["financialAward"] = "financialRemedy" };

    public JsonObject Upcast(JsonObject document)
    {
        foreach (var child in Objects(document["children"])) Rename(child, "ageBand", AgeBands);
        if (document["complainant"] is JsonObject complainant) Rename(complainant, "relationship", Relationships);
        foreach (var stage in Objects(document["stages"]))
        {
            Rename(stage, "outcome", Outcomes);
            foreach (var concern in Objects(stage["concernOutcomes"])) Rename(concern, "outcome", Outcomes);
            if (stage["resolutions"] is JsonArray resolutions)
            {
                for (var i = 0; i < resolutions.Count; i++)
                    if (Renamed(resolutions[i], Resolutions) is { } name) resolutions[i] = name;
            }
        }
        foreach (var escalation in Objects(document["escalations"])) AddAdr(escalation);
        return document;
    }

    private static void AddAdr(JsonObject escalation)
    {
        if (escalation["adr"] is not null || !string.Equals(Text(escalation["decision"]), "resolvedByAdr", StringComparison.OrdinalIgnoreCase)) return;
        escalation["adr"] = new JsonObject
        {
            ["completedOn"] = escalation["decidedOn"]?.DeepClone(),
            ["resolved"] = true,
            ["note"] = escalation["decisionNote"]?.DeepClone(),
        };
    }

    private static void Rename(JsonObject holder, string property, Dictionary<string, string> names)
    {
        if (Renamed(holder[property], names) is { } name) holder[property] = name;
    }

    private static string? Renamed(JsonNode? value, Dictionary<string, string> names) =>
        Text(value) is { } text && names.TryGetValue(text, out var name) ? name : null;

    private static string? Text(JsonNode? value) => value is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;

    private static IEnumerable<JsonObject> Objects(JsonNode? array) => array is JsonArray items ? items.OfType<JsonObject>() : [];
}
