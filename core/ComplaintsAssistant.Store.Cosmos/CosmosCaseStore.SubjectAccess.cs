using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.SubjectAccess;
using ComplaintsAssistant.Store.Cosmos.Items;
using Microsoft.Azure.Cosmos;

namespace ComplaintsAssistant.Store.Cosmos;

/// <summary>Subject access requests: a meta item each, created once (a new id every time).</summary>
public sealed partial class CosmosCaseStore : ISubjectAccessRequests
{
    public async Task AddAsync(SubjectAccessRequest request, CancellationToken cancellationToken = default)
    {
        var id = SubjectAccessRequestItem.IdOf(request.Id);
        await CosmosIo.CreateAsync((await ContainersAsync(cancellationToken)).Meta, id, new SubjectAccessRequestItem(id, request), cancellationToken);
    }

    public async Task ReplaceAsync(SubjectAccessRequest request, CancellationToken cancellationToken = default)
    {
        var id = SubjectAccessRequestItem.IdOf(request.Id);
        await CosmosIo.UpsertAsync((await ContainersAsync(cancellationToken)).Meta, id, new SubjectAccessRequestItem(id, request), cancellationToken);
    }

    async Task<SubjectAccessRequest?> ISubjectAccessRequests.GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var (item, _) = await CosmosIo.ReadAsync<SubjectAccessRequestItem>((await ContainersAsync(cancellationToken)).Meta,
            SubjectAccessRequestItem.IdOf(id), cancellationToken);
        return item?.Request;
    }

    async Task<IReadOnlyList<SubjectAccessRequest>> ISubjectAccessRequests.ListAsync(CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.type = @type").WithParameter("@type", MetaIds.SubjectAccessRequest);
        var items = await CosmosIo.ListAsync<SubjectAccessRequestItem>((await ContainersAsync(cancellationToken)).Meta, query, cancellationToken);
        return items.Select(i => i.Request).OrderBy(r => r.ReceivedOn).ThenBy(r => r.Reference, StringComparer.Ordinal).ToArray();
    }
}
