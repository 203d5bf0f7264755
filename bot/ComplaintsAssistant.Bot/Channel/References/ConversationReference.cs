namespace ComplaintsAssistant.Bot.Channel.References;

/// <summary>
/// What the bot needs to speak first later (bot-protocol.md §3.3):
/// <c>{serviceUrl, channelId, conversation{id, tenantId, conversationType}, user{id, aadObjectId}, bot{id}}</c>.
/// </summary>
public sealed record ConversationReference(
    string ServiceUrl,
    string ChannelId,
    ConversationRef Conversation,
    UserRef User,
    BotRef Bot);

public sealed record ConversationRef(string Id, string? TenantId, string? ConversationType);

public sealed record UserRef(string Id, string? AadObjectId);

public sealed record BotRef(string Id);
