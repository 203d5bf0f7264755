using ComplaintsAssistant.Core.AccessLog;

namespace ComplaintsAssistant.Core.Storage;

/// <summary>Who saw what: every read of a case, kept apart from the case and its change audit so that reading never
/// changes the case. Every implementation passes the same contract suite.</summary>
public interface IAccessLog
{
    Task RecordAsync(CaseRead read, CancellationToken cancellationToken = default);

    /// <summary>A case's reads, newest first.</summary>
    Task<IReadOnlyList<CaseRead>> ListForCaseAsync(Guid caseId, int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>One person's reads at or after <paramref name="from"/> and before <paramref name="to"/>, newest first.</summary>
    Task<IReadOnlyList<CaseRead>> ListForReaderAsync(string readerId, DateTimeOffset from, DateTimeOffset to, int skip, int take,
        CancellationToken cancellationToken = default);

    /// <summary>Deletes reads older than <paramref name="before"/> (the access log's own retention). Returns how many went.</summary>
    Task<int> DeleteBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken = default);
}
