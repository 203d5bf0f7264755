namespace ComplaintsAssistant.Bot.Channel.References;

/// <summary>
/// Conversation references, saved from every authenticated inbound activity. The default is in
/// memory; a database-backed one replaces it by registering another implementation. Save is on the
/// request path: implementations must be quick (or write behind).
/// </summary>
public interface IConversationReferenceStore
{
    ValueTask SaveAsync(ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>The user's personal (1:1) conversation if known, else the last one they used.</summary>
    ValueTask<ConversationReference?> FindByUserObjectIdAsync(string aadObjectId, CancellationToken cancellationToken);

    /// <summary>By the channel's id for the user (Teams <c>29:…</c>).</summary>
    ValueTask<ConversationReference?> FindByChannelUserIdAsync(string channelUserId, CancellationToken cancellationToken);
}
