using ComplaintsAssistant.Core.AccessLog;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Cosmos.Items;
using Microsoft.Azure.Cosmos;

namespace ComplaintsAssistant.Store.Cosmos;

/// <summary>The access log: one meta item per read, under a new id (never a case write). Both lists are queries over the
/// indexed case id or reader id and the time in ticks, newest first.</summary>
public sealed partial class CosmosCaseStore : IAccessLog
{
    public async Task RecordAsync(CaseRead read, CancellationToken cancellationToken = default)
    {
        var item = CaseReadItem.Of(read);
        await CosmosIo.UpsertAsync((await ContainersAsync(cancellationToken)).Meta, item.Id, item, cancellationToken);
    }

    public async Task<IReadOnlyList<CaseRead>> ListForCaseAsync(Guid caseId, int skip, int take, CancellationToken cancellationToken = default) =>
        await ListReadsAsync("c.caseId = @caseId", q => q.WithParameter("@caseId", caseId), skip, take, cancellationToken);

    public async Task<IReadOnlyList<CaseRead>> ListForReaderAsync(string readerId, DateTimeOffset from, DateTimeOffset to, int skip, int take,
        CancellationToken cancellationToken = default) =>
        await ListReadsAsync("c.readerId = @readerId AND c.atTicks >= @from AND c.atTicks < @to",
            q => q.WithParameter("@readerId", readerId).WithParameter("@from", from.UtcTicks).WithParameter("@to", to.UtcTicks), skip, take, cancellationToken);

    public async Task<int> DeleteBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        var meta = (await ContainersAsync(cancellationToken)).Meta;
        var query = new QueryDefinition("SELECT VALUE c.id FROM c WHERE c.type = @type AND c.atTicks < @before")
            .WithParameter("@type", MetaIds.Read).WithParameter("@before", before.UtcTicks);
        var deleted = 0;
        // Ids first, then deletes: deleting while paging a query over the same items could skip some.
        foreach (var id in await CosmosIo.ListAsync<string>(meta, query, cancellationToken))
        {
            using var response = await meta.DeleteItemStreamAsync(id, CosmosIo.Key(id), cancellationToken: cancellationToken);
            if (response.IsSuccessStatusCode) deleted++;
            else if (response.StatusCode != System.Net.HttpStatusCode.NotFound) response.EnsureSuccessStatusCode();
        }
        return deleted;
    }

    private async Task<IReadOnlyList<CaseRead>> ListReadsAsync(string where, Func<QueryDefinition, QueryDefinition> parameters, int skip, int take,
        CancellationToken cancellationToken)
    {
        var query = parameters(new QueryDefinition($"SELECT * FROM c WHERE c.type = @type AND {where} ORDER BY c.atTicks DESC OFFSET @skip LIMIT @take")
            .WithParameter("@type", MetaIds.Read).WithParameter("@skip", skip).WithParameter("@take", take));
        var items = await CosmosIo.ListAsync<CaseReadItem>((await ContainersAsync(cancellationToken)).Meta, query, cancellationToken);
        return items.Select(i => i.ToRead()).ToArray();
    }
}
