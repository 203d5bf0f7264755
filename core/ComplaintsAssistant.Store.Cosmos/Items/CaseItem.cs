using System.Text.Json;
using System.Text.Json.Serialization;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Store.Cosmos.Items;

/// <summary>One case as one item in the cases container (partition key <c>/id</c>): the indexed facts core
/// computed, at the top level where the indexing policy includes them, and the whole case as <see cref="CaseJson"/>
/// under <c>doc</c>, which is not indexed except for the learning-action paths. The figures' facts ride along
/// (<see cref="FactItems"/>), so they change with the case in the same write.</summary>
internal sealed record CaseItem(
    string Id,
    string Reference,
    CaseKind Kind,
    CaseStatus Status,
    bool IsOpen,
    string Team,
    string? Owner,
    DateOnly ReceivedOn,
    int Stage,
    DateOnly? DueOn,
    string DueSort,
    string? IntakeKey,
    FactItems.CaseFactItem[] FigureCases,
    FactItems.StageFactItem[] FigureStages,
    FactItems.ConcernFactItem[] FigureConcerns,
    FactItems.ChildFactItem[] FigureChildren,
    FactItems.PaymentFactItem[] FigurePayments,
    FactItems.OmbudsmanFactItem[] FigureOmbudsman,
    FactItems.EscalationFactItem[] FigureEscalations,
    FactItems.ResolutionFactItem[] FigureResolutions,
    JsonElement Doc)
{
    /// <summary>Cosmos sorts missing values first; lists want undated cases last, so they sort on this
    /// instead: the due date, or a day after every real one.</summary>
    public const string Undated = "9999-12-31";

    public static CaseItem Of(Case subject, CaseIndex index) => new(
        subject.Id.ToString(),
        subject.Reference,
        index.Kind,
        index.Status,
        index.Status.IsOpen(),
        index.Team,
        index.Owner,
        index.ReceivedOn,
        index.Stage,
        index.DueOn,
        SortKey(index.DueOn),
        index.IntakeKey,
        FactItems.Cases(index.Facts),
        FactItems.Stages(index.Facts),
        FactItems.Concerns(index.Facts),
        FactItems.Children(index.Facts),
        FactItems.Payments(index.Facts),
        FactItems.Ombudsman(index.Facts),
        FactItems.Escalations(index.Facts),
        FactItems.Resolutions(index.Facts),
        JsonSerializer.SerializeToElement(subject.Snapshot, CaseJson.Options))
    {
        PromptOn = index.PromptOn,
        PersonKeys = [.. Core.SubjectAccess.PersonIndex.Of(subject).Select(k => k.Key).Distinct()],
        People = [.. Core.SubjectAccess.PersonIndex.Of(subject).Select(PersonKeyItem.Of)],
    };

    /// <summary>The person index's keys (subject access search): indexed, so a search is <c>ARRAY_CONTAINS</c> on the index.</summary>
    public string[] PersonKeys { get; init; } = [];

    /// <summary>Where on the case each key was found, returned with a search's results; not indexed.</summary>
    public PersonKeyItem[] People { get; init; } = [];

    /// <summary>The earliest deadline that prompts (<see cref="CaseIndex.PromptOn"/>); missing when none, so the
    /// scheduler's range query skips the case.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? PromptOn { get; init; }

    public static string SortKey(DateOnly? dueOn) =>
        dueOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? Undated;

    public Case ToCase() => CaseJson.Deserialize(Doc.GetRawText());
}

/// <summary>One person-index key and the field it came from.</summary>
internal sealed record PersonKeyItem(Core.SubjectAccess.PersonField Field, string Key)
{
    public static PersonKeyItem Of(Core.SubjectAccess.PersonKey key) => new(key.Field, key.Key);
    public Core.SubjectAccess.PersonKey ToKey() => new(Field, Key);
}

/// <summary>A case item as read back, with the ETag Cosmos gave it: the case's version.</summary>
internal sealed record StoredCaseItem(JsonElement Doc, [property: JsonPropertyName("_etag")] string ETag)
{
    public Versioned<Case> ToVersioned() => new(CaseJson.Deserialize(Doc.GetRawText()), ETag);
}
