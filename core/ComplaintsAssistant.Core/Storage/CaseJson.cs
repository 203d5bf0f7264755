using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.Storage;

/// <summary>The one JSON shape of a stored case, shared by every store so that a case moves between
/// them unchanged. Enums are written as names so documents stay readable and survive reordering.</summary>
public static class CaseJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Derived properties (IsAnswered, AllowedWorkingDays, …) are recomputed on read, never stored.
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DropDerivedProperties, KeepStoredTimescaleName } },
    };

    /// <summary>Stored clocks were written when every timescale counted working days: its length keeps the name
    /// <c>workingDays</c> in stored documents, so they read without a migration (a missing unit means working days).</summary>
    private static void KeepStoredTimescaleName(JsonTypeInfo type)
    {
        if (type.Type != typeof(Timescale)) return;
        foreach (var length in type.Properties.Where(p => p.Name == "length")) length.Name = "workingDays";
    }

    private static void DropDerivedProperties(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object) return;
        foreach (var derived in type.Properties.Where(p => p.Set is null).ToArray()) type.Properties.Remove(derived);
    }

    public static string Serialize(Case subject) => JsonSerializer.Serialize(subject.Snapshot, Options);

    public static Case Deserialize(string json) =>
        Case.Restore(JsonSerializer.Deserialize<CaseSnapshot>(json, Options) ?? throw new JsonException("A stored case was empty."));
}
