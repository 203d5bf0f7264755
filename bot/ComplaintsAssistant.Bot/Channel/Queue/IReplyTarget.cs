using ComplaintsAssistant.Bot.Conversations;

namespace ComplaintsAssistant.Bot.Channel.Queue;

/// <summary>Where a turn's messages go: the Teams connector, or a Direct Line conversation.</summary>
public interface IReplyTarget
{
    /// <summary>Turns with the same key run one after another, in arrival order.</summary>
    string ConversationKey { get; }

    Task SendAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken);
}
