using ComplaintsAssistant.Core.Retention;

namespace ComplaintsAssistant.Store.Cosmos.Items;

/// <summary>A case on the disposal list (<see cref="DisposalEntry"/>), one per case; refreshing or approving it replaces it
/// under the ETag read, so an approval is never lost to a refresh.</summary>
internal sealed record DisposalEntryItem(string Id, DisposalEntry Entry)
{
    public string Type { get; init; } = MetaIds.Disposal;

    public int SchemaVersion { get; init; } = 1;

    public static string IdOf(Guid caseId) => $"{MetaIds.Disposal}-{caseId:N}";

    public static DisposalEntryItem Of(DisposalEntry entry) => new(IdOf(entry.CaseId), entry);
}

/// <summary>What stays after a case is destroyed (<see cref="DisposalRecord"/>): no case id, no names. Its id is derived from
/// the reference, so creating it is the atomic "one record per reference" step; the day is top-level for the period query.</summary>
internal sealed record DisposalRecordItem(string Id, DisposalRecord Record, string DisposedOn)
{
    public string Type { get; init; } = MetaIds.DisposalRecord;

    public int SchemaVersion { get; init; } = 1;

    public static DisposalRecordItem Of(DisposalRecord record) =>
        new(MetaIds.For(MetaIds.DisposalRecord, record.Reference), record, CosmosIo.Day(record.DisposedOn));
}

/// <summary>A destroyed case's figure facts, kept under a new random id that links to nothing (decision 0017-retention): the
/// same arrays the case item carried, and nothing else, so the figures query counts them as before and nothing else finds them.</summary>
internal sealed record FiguresItem(string Id, FactItems.CaseFactItem[] FigureCases, FactItems.StageFactItem[] FigureStages,
    FactItems.ConcernFactItem[] FigureConcerns, FactItems.ChildFactItem[] FigureChildren, FactItems.PaymentFactItem[] FigurePayments,
    FactItems.OmbudsmanFactItem[] FigureOmbudsman, FactItems.EscalationFactItem[] FigureEscalations, FactItems.ResolutionFactItem[] FigureResolutions)
{
    public string Type { get; init; } = MetaIds.Figures;
}

/// <summary>A case item as erasure reads it: its facts, and the id its anonymous facts item takes once destruction began
/// (set first, under the ETag, so a run stopped half way or a second host reuses it and the facts are kept once).</summary>
internal sealed record DisposingCaseItem(string Id, FactItems.CaseFactItem[]? FigureCases, FactItems.StageFactItem[]? FigureStages,
    FactItems.ConcernFactItem[]? FigureConcerns, FactItems.ChildFactItem[]? FigureChildren, FactItems.PaymentFactItem[]? FigurePayments,
    FactItems.OmbudsmanFactItem[]? FigureOmbudsman, FactItems.EscalationFactItem[]? FigureEscalations, FactItems.ResolutionFactItem[]? FigureResolutions,
    string? FactsKeptAs)
{
    public FiguresItem Facts(string id) => new(id, FigureCases ?? [], FigureStages ?? [], FigureConcerns ?? [], FigureChildren ?? [],
        FigurePayments ?? [], FigureOmbudsman ?? [], FigureEscalations ?? [], FigureResolutions ?? []);
}
