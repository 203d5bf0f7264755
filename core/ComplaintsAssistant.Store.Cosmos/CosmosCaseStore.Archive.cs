using System.Runtime.CompilerServices;
using System.Text.Json;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Cosmos.Items;
using Microsoft.Azure.Cosmos;

namespace ComplaintsAssistant.Store.Cosmos;

/// <summary>Export and import for moving stores. Imports are upserts by case id, so a migration can be re-run.</summary>
public sealed partial class CosmosCaseStore
{
    public async IAsyncEnumerable<Case> ExportAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var cases = (await ContainersAsync(cancellationToken)).Cases;
        await foreach (var doc in CosmosIo.QueryAsync<JsonElement>(cases, new QueryDefinition("SELECT VALUE c.doc FROM c"), cancellationToken))
            yield return CaseJson.Deserialize(doc.GetRawText());
    }

    public async Task ImportAsync(Case imported, CaseIndex index, CancellationToken cancellationToken = default)
    {
        var containers = await ContainersAsync(cancellationToken);
        var item = CaseItem.Of(imported, index);
        // Case first, then its claim: if stopped in between, the re-run writes both again.
        await CosmosIo.UpsertAsync(containers.Cases, item.Id, item, cancellationToken);
        if (index.IntakeKey is { } intakeKey)
        {
            var claimId = MetaIds.For(MetaIds.Intake, intakeKey);
            await CosmosIo.UpsertAsync(containers.Meta, claimId, new IntakeClaimItem(claimId, intakeKey, item.Id, item), cancellationToken);
        }
    }
}
