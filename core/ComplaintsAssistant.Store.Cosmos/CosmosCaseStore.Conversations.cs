using ComplaintsAssistant.Store.Cosmos.Items;

namespace ComplaintsAssistant.Store.Cosmos;

/// <summary>Conversation references: one meta item per user, replaced by each save (last writer wins, as intended); and
/// items added only if absent (the first writer wins).</summary>
public sealed partial class CosmosCaseStore
{
    public async Task SaveAsync(string userKey, string reference, CancellationToken cancellationToken = default)
    {
        var id = MetaIds.For(MetaIds.Conversation, userKey);
        await CosmosIo.UpsertAsync((await ContainersAsync(cancellationToken)).Meta, id, new ConversationItem(id, userKey, reference), cancellationToken);
    }

    public async Task<string?> GetAsync(string userKey, CancellationToken cancellationToken = default)
    {
        var (item, _) = await CosmosIo.ReadAsync<ConversationItem>((await ContainersAsync(cancellationToken)).Meta,
            MetaIds.For(MetaIds.Conversation, userKey), cancellationToken);
        return item?.Reference;
    }

    public async Task<bool> AddIfAbsentAsync(string key, string value, CancellationToken cancellationToken = default)
    {
        var id = MetaIds.For(MetaIds.Conversation, key);
        var (created, _) = await CosmosIo.CreateAsync((await ContainersAsync(cancellationToken)).Meta, id, new ConversationItem(id, key, value), cancellationToken);
        return created;
    }
}
