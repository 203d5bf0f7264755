using ComplaintsAssistant.Core.Retention;

namespace ComplaintsAssistant.Core.Storage;

/// <summary>The disposal list (what is on notice, due or held, and who approved what) and the disposal records left after
/// destruction. Every step is idempotent so that a run stopped half way, or two hosts running at once, destroy a case once.</summary>
public interface IDisposals
{
    /// <summary>Adds the entry or refreshes its state, keeping any approval already given; leaves nothing listed for a
    /// reference already recorded as destroyed (another host destroyed it while this one was listing it).</summary>
    Task NoteDisposalAsync(DisposalEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Takes a case off the list (no longer on notice: reopened, or the schedule changed).</summary>
    Task RemoveDisposalAsync(Guid caseId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<DisposalEntry>> ListDisposalsAsync(CancellationToken cancellationToken = default);

    /// <summary>Records the approval if the case is on the list and not yet approved; false otherwise.</summary>
    Task<bool> ApproveDisposalAsync(Guid caseId, DisposalApproval approval, CancellationToken cancellationToken = default);

    /// <summary>Writes the record (once per reference, whoever gets there first) and takes the case off the list.</summary>
    Task RecordDisposalAsync(Guid caseId, DisposalRecord record, CancellationToken cancellationToken = default);

    /// <summary>Disposal records of cases destroyed in the period (inclusive), in date then reference order.</summary>
    Task<IReadOnlyList<DisposalRecord>> ListDisposalRecordsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}
