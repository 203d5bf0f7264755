using ComplaintsAssistant.Bot.Conversations;

namespace ComplaintsAssistant.Bot.Channel.Queue;

/// <summary>Where a turn's messages go: the Teams connector, or a Direct Line conversation.</summary>
public interface IReplyTarget
{
    /// <summary>Turns with the same key run one after another, in arrival order.</summary>
    string ConversationKey { get; }

    /// <summary>Posts the messages, in order, as new messages.</summary>
    Task SendAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken);

    /// <summary>The whole answer to a turn: its messages and, when there is one, the card that replaces
    /// the one the user clicked, delivered as well as this channel can (in place, or as a new message).</summary>
    Task ReplyAsync(TurnReply reply, CancellationToken cancellationToken);

    /// <summary>After an Action.Execute answered in place for the person who clicked, the same card for everyone
    /// else in the chat, where the channel can change a sent message; otherwise nothing.</summary>
    Task UpdateCardForEveryoneAsync(System.Text.Json.Nodes.JsonObject card, CancellationToken cancellationToken);
}
