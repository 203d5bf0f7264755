using System.Collections.Concurrent;

namespace ComplaintsAssistant.Bot.Channel.References;

/// <summary>Default store: lost on restart, one instance only. Personal conversations win over group ones.</summary>
public sealed class InMemoryConversationReferenceStore : IConversationReferenceStore
{
    private readonly ConcurrentDictionary<string, ConversationReference> _byObjectId = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, ConversationReference> _byUserId = new(StringComparer.Ordinal);

    public ValueTask SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        _byUserId.AddOrUpdate(reference.User.Id, static (_, incoming) => incoming, Prefer, reference);
        if (!string.IsNullOrEmpty(reference.User.AadObjectId))
        {
            _byObjectId.AddOrUpdate(reference.User.AadObjectId, static (_, incoming) => incoming, Prefer, reference);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<ConversationReference?> FindByUserObjectIdAsync(string aadObjectId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_byObjectId.GetValueOrDefault(aadObjectId));

    public ValueTask<ConversationReference?> FindByChannelUserIdAsync(string channelUserId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_byUserId.GetValueOrDefault(channelUserId));

    private static ConversationReference Prefer(string key, ConversationReference existing, ConversationReference incoming) =>
        IsPersonal(existing) && !IsPersonal(incoming) && existing.Conversation.Id != incoming.Conversation.Id
            ? existing with { ServiceUrl = incoming.ServiceUrl }
            : incoming;

    private static bool IsPersonal(ConversationReference reference) =>
        string.Equals(reference.Conversation.ConversationType, "personal", StringComparison.OrdinalIgnoreCase);
}
