using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Cosmos.Items;

namespace ComplaintsAssistant.Store.Cosmos;

/// <summary>Idempotent creates on the intake key without a transaction. One claim item per key, whose id is derived
/// from the key, decides: creating it is atomic "first writer wins" across any number of instances. Logging first
/// reserves the key in it (no case yet, so no reference is taken for a duplicate); adding then records the whole case
/// in it, and the first case recorded there is the key's case for good. Whoever finds a claim holding a case that is
/// not written yet (its writer is in flight, or stopped) writes it from the claim.</summary>
public sealed partial class CosmosCaseStore
{
    public async Task<IntakeClaim> ClaimIntakeAsync(string intakeKey, Guid caseId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var containers = await ContainersAsync(cancellationToken);
        var claimId = MetaIds.For(MetaIds.Intake, intakeKey);
        var reservation = new IntakeClaimItem(claimId, intakeKey, caseId.ToString(), Pending: null) { ClaimedAt = now };
        if ((await CosmosIo.CreateAsync(containers.Meta, claimId, reservation, cancellationToken)).Created) return new IntakeClaim(caseId, Granted: true);
        while (true)
        {
            var (claim, etag) = await CosmosIo.ReadAsync<IntakeClaimItem>(containers.Meta, claimId, cancellationToken);
            if (claim is null)
            {
                // Deleted since the 409: its case was destroyed (disposal), so the key is free again.
                if ((await CosmosIo.CreateAsync(containers.Meta, claimId, reservation, cancellationToken)).Created) return new IntakeClaim(caseId, Granted: true);
                continue;
            }
            var holder = Guid.Parse(claim.CaseId);
            if (claim.Pending is not null)
            {
                await FinishClaimAsync(containers, claim, cancellationToken);
                return new IntakeClaim(holder, Granted: false);
            }
            if (claim.ClaimedAt + IntakeClaim.AbandonedAfter > now) return new IntakeClaim(holder, Granted: false);
            // Reserved long ago and never filled: its writer stopped before adding. Take it over, unless someone else just did.
            if (await CosmosIo.ReplaceIfAsync(containers.Meta, claimId, reservation, etag!, cancellationToken) is not null)
                return new IntakeClaim(caseId, Granted: true);
        }
    }

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
        var decided = await RecordInClaimAsync(containers, new IntakeClaimItem(claimId, intakeKey, item.Id, item), cancellationToken);
        if (decided.CaseId != item.Id)
        {
            var existing = await FinishClaimAsync(containers, decided, cancellationToken);
            return new AddResult(existing, Created: false);
        }
        // The claim holds our case; a 409 here means another caller already finished writing it for us.
        var (created, version) = await CosmosIo.CreateAsync(containers.Cases, item.Id, item, cancellationToken);
        return created
            ? new AddResult(new Versioned<Case>(newCase, version!), Created: true)
            : new AddResult((await GetAsync(newCase.Id, cancellationToken))!, Created: true);
    }

    public async Task<Versioned<Case>?> FindByIntakeKeyAsync(string intakeKey, CancellationToken cancellationToken = default)
    {
        var containers = await ContainersAsync(cancellationToken);
        var (claim, _) = await CosmosIo.ReadAsync<IntakeClaimItem>(containers.Meta, MetaIds.For(MetaIds.Intake, intakeKey), cancellationToken);
        // A claim whose case isn't written yet is a create still in flight (or one that stopped): not found yet.
        return claim is null ? null : await GetAsync(Guid.Parse(claim.CaseId), cancellationToken);
    }

    /// <summary>Records <paramref name="mine"/>'s case in its key's claim, unless the claim already holds one, and returns
    /// the claim as it now is. A claim read first: when logging, the key was reserved a moment ago, so it is there to fill.
    /// A reservation is filled whoever made it: the first complete case decides, as a unique key would in SQLite.</summary>
    private static async Task<IntakeClaimItem> RecordInClaimAsync(CosmosContainers containers, IntakeClaimItem mine, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (claim, etag) = await CosmosIo.ReadAsync<IntakeClaimItem>(containers.Meta, mine.Id, cancellationToken);
            if (claim is { Pending: not null }) return claim;
            var recorded = claim is null
                ? (await CosmosIo.CreateAsync(containers.Meta, mine.Id, mine, cancellationToken)).Created
                : await CosmosIo.ReplaceIfAsync(containers.Meta, mine.Id, mine, etag!, cancellationToken) is not null;
            if (recorded) return mine;
            // Someone else created or changed the claim meanwhile: look again.
        }
    }

    /// <summary>The case a claim holds, written from the claim if its writer has not (in flight, or it stopped).
    /// Either create wins; both are the same item.</summary>
    private async Task<Versioned<Case>> FinishClaimAsync(CosmosContainers containers, IntakeClaimItem claim, CancellationToken cancellationToken)
    {
        var caseId = Guid.Parse(claim.CaseId);
        if (await GetAsync(caseId, cancellationToken) is { } existing) return existing;
        await CosmosIo.CreateAsync(containers.Cases, claim.CaseId, claim.Pending!, cancellationToken);
        return (await GetAsync(caseId, cancellationToken))!;
    }
}
