using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Core.Retention;

/// <summary>The complaints team's side of disposal: the list (on notice, due, held and why), approving cases for
/// destruction, and the records of what was destroyed. Nothing is destroyed without an approval recorded here.</summary>
public sealed class Disposals(IDisposals disposals, TimeProvider time)
{
    public async Task<Result<IReadOnlyList<DisposalEntry>>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (OfficersOnly(actor) is { } refused) return refused;
        return Result<IReadOnlyList<DisposalEntry>>.From(await disposals.ListDisposalsAsync(cancellationToken));
    }

    /// <summary>Approves each case for destruction when it is due; every case that can't be approved is named in one refusal
    /// and the others are approved.</summary>
    public async Task<Result<IReadOnlyList<DisposalEntry>>> ApproveAsync(Actor actor, IReadOnlyList<Guid> caseIds, CancellationToken cancellationToken = default)
    {
        if (OfficersOnly(actor) is { } refused) return refused;
        if (caseIds.Count == 0) return DomainError.Invalid("cases", "cases-required", "cases must list at least one case on the disposal list.");
        var listed = (await disposals.ListDisposalsAsync(cancellationToken)).ToDictionary(e => e.CaseId);
        var approval = new DisposalApproval(actor.Id, time.GetUtcNow());
        var problems = new List<DomainError>();
        foreach (var id in caseIds.Distinct())
        {
            if (!listed.TryGetValue(id, out var entry))
                problems.Add(DomainError.Invalid("cases", "not-on-disposal-list", $"Case {id} is not on the disposal list."));
            else if (entry.State == DisposalState.Held)
                problems.Add(DomainError.Refused("legal-hold", $"{entry.Reference} is under a legal hold ({string.Join("; ", entry.HeldBecause)}), so it can't be approved for destruction."));
            else if (!await disposals.ApproveDisposalAsync(id, approval, cancellationToken))
                problems.Add(DomainError.Refused("already-approved", $"{entry.Reference} has already been approved for destruction."));
        }
        if (DomainError.Combine(problems) is { } error) return error;
        return Result<IReadOnlyList<DisposalEntry>>.From(await disposals.ListDisposalsAsync(cancellationToken));
    }

    public async Task<Result<IReadOnlyList<DisposalRecord>>> RecordsAsync(Actor actor, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        if (OfficersOnly(actor) is { } refused) return refused;
        if (from > to) return DomainError.Invalid("from", "from-before-to", "from must be on or before to.");
        return Result<IReadOnlyList<DisposalRecord>>.From(await disposals.ListDisposalRecordsAsync(from, to, cancellationToken));
    }

    private static DomainError? OfficersOnly(Actor actor) =>
        actor.Role == Role.ComplaintsOfficer ? null : DomainError.Forbidden("Only the complaints team can see or approve disposals.");
}
