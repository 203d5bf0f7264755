using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Cosmos.Items;
using Microsoft.Azure.Cosmos;

namespace ComplaintsAssistant.Store.Cosmos;

/// <summary>The prompt ledger: one meta item per prompt key (its id derived from the key). Adding is a create, which
/// only one writer wins; replacing is guarded by the ETag read, which is the version callers quote.</summary>
public sealed partial class CosmosCaseStore : IPromptLedger
{
    public async Task<string?> TryAddPromptAsync(PromptEntry entry, CancellationToken cancellationToken = default)
    {
        var item = PromptItem.Of(entry);
        var (created, etag) = await CosmosIo.CreateAsync((await ContainersAsync(cancellationToken)).Meta, item.Id, item, cancellationToken);
        return created ? etag : null;
    }

    public async Task<Versioned<PromptEntry>?> GetPromptAsync(string key, CancellationToken cancellationToken = default)
    {
        var (item, etag) = await CosmosIo.ReadAsync<PromptItem>((await ContainersAsync(cancellationToken)).Meta, MetaIds.For(MetaIds.Prompt, key), cancellationToken);
        return item is null ? null : new Versioned<PromptEntry>(item.ToEntry(), etag!);
    }

    public async Task<string?> TryReplacePromptAsync(PromptEntry entry, string expectedVersion, CancellationToken cancellationToken = default)
    {
        var item = PromptItem.Of(entry);
        return await CosmosIo.ReplaceIfAsync((await ContainersAsync(cancellationToken)).Meta, item.Id, item, expectedVersion, cancellationToken);
    }

    public async Task<IReadOnlyList<PromptCandidate>> ListPromptCandidatesAsync(DateOnly onOrBefore, PromptCandidate? after, int take, CancellationToken cancellationToken = default)
    {
        var sql = "SELECT c.id, c.reference, c.promptOn FROM c WHERE c.promptOn <= @onOrBefore";
        if (after is not null) sql += " AND (c.promptOn > @afterDay OR (c.promptOn = @afterDay AND c.reference > @afterReference))";
        var query = new QueryDefinition(sql + " ORDER BY c.promptOn ASC, c.reference ASC OFFSET 0 LIMIT @take")
            .WithParameter("@onOrBefore", CosmosIo.Day(onOrBefore))
            .WithParameter("@take", take);
        if (after is not null)
            query = query.WithParameter("@afterDay", CosmosIo.Day(after.PromptOn)).WithParameter("@afterReference", after.Reference);
        return await CosmosIo.ListAsync<PromptCandidate>((await ContainersAsync(cancellationToken)).Cases, query, cancellationToken);
    }

    public async Task<IReadOnlyList<PromptEntry>> ListUnsentPromptsAsync(int take, CancellationToken cancellationToken = default)
    {
        var query = new QueryDefinition("SELECT TOP @take * FROM c WHERE c.type = @type AND c.state != @sent AND c.state != @snoozed ORDER BY c.updatedAt")
            .WithParameter("@take", take)
            .WithParameter("@type", MetaIds.Prompt)
            .WithParameter("@sent", CosmosIo.Name(PromptState.Sent))
            .WithParameter("@snoozed", CosmosIo.Name(PromptState.Snoozed));
        var items = await CosmosIo.ListAsync<PromptItem>((await ContainersAsync(cancellationToken)).Meta, query, cancellationToken);
        return items.Select(i => i.ToEntry()).ToList();
    }
}
