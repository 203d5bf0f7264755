using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Storage.Upcasting;

namespace ComplaintsAssistant.Core.Storage;

/// <summary>The one JSON shape of a stored case, shared by every store so that a case moves between
/// them unchanged. Enums are written as names so documents stay readable and survive reordering. Every case is written
/// with the current <c>schemaVersion</c> first; an older document is brought up to date by <see cref="CaseUpcasters"/>
/// as it is read (and stored at the current version the next time its case is saved).</summary>
public static class CaseJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Derived properties (IsAnswered, AllowedWorkingDays, …) are recomputed on read, never stored.
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DropDerivedProperties, KeepStoredTimescaleName, StampSchemaVersion } },
    };

    /// <summary>Stored clocks were written when every timescale counted working days: its length keeps the name
    /// <c>workingDays</c> in stored documents, so they read without a migration (a missing unit means working days).</summary>
    private static void KeepStoredTimescaleName(JsonTypeInfo type)
    {
        if (type.Type != typeof(Timescale)) return;
        foreach (var length in type.Properties.Where(p => p.Name == "length")) length.Name = "workingDays";
    }

    /// <summary>The version every case is written at.</summary>
    public static int CurrentVersion => CaseUpcasters.Chain.Current;

    /// <summary>A case is written with its document version first, so a reader can tell it before reading the rest.</summary>
    private static void StampSchemaVersion(JsonTypeInfo type)
    {
        if (type.Type != typeof(CaseSnapshot)) return;
        var version = type.CreateJsonPropertyInfo(typeof(int), UpcasterChain.VersionProperty);
        version.Get = _ => CurrentVersion;
        type.Properties.Insert(0, version);
    }

    private static void DropDerivedProperties(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object) return;
        foreach (var derived in type.Properties.Where(p => p.Set is null).ToArray()) type.Properties.Remove(derived);
    }

    public static string Serialize(Case subject) => JsonSerializer.Serialize(subject.Snapshot, Options);

    /// <exception cref="CaseDocumentVersionException">The case was written by a newer release: refused, never misread.</exception>
    public static Case Deserialize(string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        var chain = CaseUpcasters.Chain;
        var snapshot = UpcasterChain.VersionOf(utf8) == chain.Current
            ? JsonSerializer.Deserialize<CaseSnapshot>(utf8, Options)
            : chain.ToCurrent(JsonNode.Parse(utf8) as JsonObject ?? throw new JsonException("A stored case is not a JSON object."))
                .Deserialize<CaseSnapshot>(Options);
        return Case.Restore(snapshot ?? throw new JsonException("A stored case was empty."));
    }
}
