using ComplaintsAssistant.Core.Retention;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Cosmos.Items;
using Microsoft.Azure.Cosmos;

namespace ComplaintsAssistant.Store.Cosmos;

/// <summary>Legal holds as meta items. A council has a handful, so listing them is one query by type.</summary>
public sealed partial class CosmosCaseStore : ILegalHolds
{
    public async Task PlaceHoldAsync(LegalHold hold, CancellationToken cancellationToken = default)
    {
        var item = HoldItem.Of(hold);
        await CosmosIo.CreateAsync((await ContainersAsync(cancellationToken)).Meta, item.Id, item, cancellationToken);
    }

    public async Task<LegalHold?> GetHoldAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await CosmosIo.ReadAsync<HoldItem>((await ContainersAsync(cancellationToken)).Meta, HoldItem.IdOf(id), cancellationToken)).Item?.Hold;

    public async Task<IReadOnlyList<LegalHold>> ListHoldsAsync(bool includeLifted, CancellationToken cancellationToken = default)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.type = @type").WithParameter("@type", MetaIds.Hold);
        var items = await CosmosIo.ListAsync<HoldItem>((await ContainersAsync(cancellationToken)).Meta, query, cancellationToken);
        return items.Where(i => includeLifted || !i.Lifted).OrderBy(i => i.SetAt).Select(i => i.Hold).ToArray();
    }

    public async Task<bool> LiftHoldAsync(Guid id, HoldLifted lifted, CancellationToken cancellationToken = default)
    {
        var meta = (await ContainersAsync(cancellationToken)).Meta;
        var (item, etag) = await CosmosIo.ReadAsync<HoldItem>(meta, HoldItem.IdOf(id), cancellationToken);
        if (item is null || item.Lifted) return false;
        return await CosmosIo.ReplaceIfAsync(meta, item.Id, HoldItem.Of(item.Hold with { Lifted = lifted }), etag!, cancellationToken) is not null;
    }
}
