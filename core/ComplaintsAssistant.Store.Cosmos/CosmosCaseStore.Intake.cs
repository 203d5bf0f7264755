using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Cosmos.Items;

namespace ComplaintsAssistant.Store.Cosmos;

/// <summary>Adding a case, idempotent on its intake key without a transaction: the key is first claimed by creating
/// an item whose id is derived from the key (only one create can succeed, across any number of instances), and the
/// claim carries the case so that whoever finds a claim without its case finishes writing it.</summary>
public sealed partial class CosmosCaseStore
{
    public async Task<AddResult> AddAsync(Case newCase, CaseIndex index, CancellationToken cancellationToken = default)
    {
        var containers = await ContainersAsync(cancellationToken);
        var item = CaseItem.Of(newCase, index);
        if (index.IntakeKey is not { } intakeKey)
        {
            var (_, etag) = await CosmosIo.CreateAsync(containers.Cases, item.Id, item, cancellationToken);
            return new AddResult(new Versioned<Case>(newCase, etag ?? throw new InvalidOperationException("A case id was reused.")), Created: true);
        }

        var claimId = MetaIds.For(MetaIds.Intake, intakeKey);
        var (claimed, _) = await CosmosIo.CreateAsync(containers.Meta, claimId, new IntakeClaimItem(claimId, intakeKey, item.Id, item), cancellationToken);
        if (!claimed)
        {
            var existing = await FinishClaimAsync(containers, claimId, cancellationToken);
            return new AddResult(existing, Created: existing.Value.Id == newCase.Id);
        }
        // The claim is ours; a 409 here means another caller already finished writing it for us.
        var (created, version) = await CosmosIo.CreateAsync(containers.Cases, item.Id, item, cancellationToken);
        return created
            ? new AddResult(new Versioned<Case>(newCase, version!), Created: true)
            : new AddResult((await GetAsync(newCase.Id, cancellationToken))!, Created: true);
    }

    public async Task<Versioned<Case>?> FindByIntakeKeyAsync(string intakeKey, CancellationToken cancellationToken = default)
    {
        var containers = await ContainersAsync(cancellationToken);
        var (claim, _) = await CosmosIo.ReadAsync<IntakeClaimItem>(containers.Meta, MetaIds.For(MetaIds.Intake, intakeKey), cancellationToken);
        // A claim whose case isn't written yet is a create still in flight (or one that died): not found yet.
        return claim is null ? null : await GetAsync(Guid.Parse(claim.CaseId), cancellationToken);
    }

    private async Task<Versioned<Case>> FinishClaimAsync(CosmosContainers containers, string claimId, CancellationToken cancellationToken)
    {
        var (claim, _) = await CosmosIo.ReadAsync<IntakeClaimItem>(containers.Meta, claimId, cancellationToken);
        // Claims are never deleted, so a 409 on create means one exists.
        if (claim is null) throw new InvalidOperationException("An intake claim conflicted but could not be read.");
        var caseId = Guid.Parse(claim.CaseId);
        if (await GetAsync(caseId, cancellationToken) is { } existing) return existing;
        // The claimer has not written its case (in flight, or it stopped): write it from the claim. Either create wins; both are the same item.
        await CosmosIo.CreateAsync(containers.Cases, claim.CaseId, claim.Pending, cancellationToken);
        return (await GetAsync(caseId, cancellationToken))!;
    }
}
