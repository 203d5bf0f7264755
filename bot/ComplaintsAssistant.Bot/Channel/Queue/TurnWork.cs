using ComplaintsAssistant.Bot.Conversations;

namespace ComplaintsAssistant.Bot.Channel.Queue;

/// <summary>One unit of background work: run <see cref="Turn"/> and deliver its reply (messages and any replacement
/// card), or (no turn) just send <see cref="Messages"/> already produced, e.g. the rest of an invoke's answer,
/// after updating the clicked card for everyone with <see cref="CardForEveryone"/>.</summary>
public sealed record TurnWork(IReplyTarget Target, Turn? Turn, IReadOnlyList<OutgoingMessage>? Messages = null,
    System.Text.Json.Nodes.JsonObject? CardForEveryone = null);
