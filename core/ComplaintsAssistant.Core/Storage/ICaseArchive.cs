using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.Storage;

/// <summary>Moving every case from one store to another (SQLite → Cosmos) without changing ids or references.
/// Imports are upserts keyed by case id, so a migration can be stopped and re-run safely.</summary>
public interface ICaseArchive
{
    IAsyncEnumerable<Case> ExportAsync(CancellationToken cancellationToken = default);

    IAsyncEnumerable<KeyValuePair<string, int>> ExportSequencesAsync(CancellationToken cancellationToken = default);

    /// <summary>Writes the case as it is, replacing any earlier import of the same id.</summary>
    Task ImportAsync(Case imported, CaseIndex index, CancellationToken cancellationToken = default);

    /// <summary>Raises a sequence to at least <paramref name="value"/>, never lowers it, so new references can't repeat old ones.</summary>
    Task RaiseSequenceAsync(string sequence, int value, CancellationToken cancellationToken = default);
}
