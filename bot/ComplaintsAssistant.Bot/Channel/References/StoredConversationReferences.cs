using System.Collections.Concurrent;
using System.Text.Json;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Bot.Channel.References;

/// <summary>Conversation references kept in the case store, so proactive messages work after a restart and
/// from any instance. Every inbound activity saves its reference, so the store is written only when the
/// reference we would use for that user actually changes; reads are served from memory once seen.</summary>
public sealed class StoredConversationReferences(IConversationStore store) : IConversationReferenceStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly InMemoryConversationReferenceStore _memory = new();
    private readonly ConcurrentDictionary<string, ConversationReference> _written = new(StringComparer.OrdinalIgnoreCase);

    public async ValueTask SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        await _memory.SaveAsync(reference, cancellationToken);
        await WriteIfChangedAsync(UserKey(reference.User.Id), await _memory.FindByChannelUserIdAsync(reference.User.Id, cancellationToken), cancellationToken);
        if (!string.IsNullOrEmpty(reference.User.AadObjectId))
            await WriteIfChangedAsync(ObjectKey(reference.User.AadObjectId),
                await _memory.FindByUserObjectIdAsync(reference.User.AadObjectId, cancellationToken), cancellationToken);
    }

    public async ValueTask<ConversationReference?> FindByUserObjectIdAsync(string aadObjectId, CancellationToken cancellationToken) =>
        await _memory.FindByUserObjectIdAsync(aadObjectId, cancellationToken) ?? await LoadAsync(ObjectKey(aadObjectId), cancellationToken);

    public async ValueTask<ConversationReference?> FindByChannelUserIdAsync(string channelUserId, CancellationToken cancellationToken) =>
        await _memory.FindByChannelUserIdAsync(channelUserId, cancellationToken) ?? await LoadAsync(UserKey(channelUserId), cancellationToken);

    private async ValueTask WriteIfChangedAsync(string key, ConversationReference? current, CancellationToken cancellationToken)
    {
        if (current is null || (_written.TryGetValue(key, out var last) && Same(last, current))) return;
        await store.SaveAsync(key, JsonSerializer.Serialize(current, Json), cancellationToken);
        _written[key] = current;
    }

    private async ValueTask<ConversationReference?> LoadAsync(string key, CancellationToken cancellationToken)
    {
        var json = await store.GetAsync(key, cancellationToken);
        if (json is null) return null;
        var reference = JsonSerializer.Deserialize<ConversationReference>(json, Json);
        if (reference is not null)
        {
            _written[key] = reference;
            await _memory.SaveAsync(reference, cancellationToken);
        }
        return reference;
    }

    // Records compare by value, but the nested records too: one comparison covers the whole reference.
    private static bool Same(ConversationReference a, ConversationReference b) => a == b;

    private static string ObjectKey(string aadObjectId) => $"aad:{aadObjectId}";

    private static string UserKey(string channelUserId) => $"user:{channelUserId}";
}
