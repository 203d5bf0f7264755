namespace ComplaintsAssistant.Core.Storage;

/// <summary>Destroys a case in a store: everything that names it goes, in one place so nothing is forgotten. Safe to
/// repeat (a run stopped half way, or two hosts at once): what is already gone is skipped.</summary>
/// <remarks>What a store must erase: the case and its index row; learning actions; intake claims; emails linked to it
/// (message ids); the prompt ledger's entries; triage drafts that made or name it; conversation rows whose last case it
/// was; its access-log reads. The figure facts (no personal data: kind, team, dates, bands) are kept under a new random
/// id that links to nothing, so past years' figures stay right (decision 0017-retention). Anything new that is keyed by
/// a case (e.g. a person index for subject access) must be added here, and to each store's one list: <c>EraseCaseAsync</c> in
/// <c>SqliteCaseStore.Disposals.cs</c> and in <c>CosmosCaseStore.Disposals.cs</c>; the disposal contract tests search every
/// table and item for what is left.</remarks>
public interface ICaseErasure
{
    Task EraseCaseAsync(Guid caseId, string reference, CancellationToken cancellationToken = default);
}
