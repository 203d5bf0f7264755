using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.Conversations;

/// <summary>
/// What somebody said or did in a chat, with every channel detail (JWTs, service URLs, Teams
/// envelopes, Direct Line) already stripped off by the channel layer.
/// </summary>
/// <param name="Kind">What happened.</param>
/// <param name="Speaker">Who did it.</param>
/// <param name="Text">The message text with the bot's own mention removed and whitespace trimmed; null for card actions.</param>
/// <param name="Data">Card action data merged with the card's input values (all inputs arrive as strings); for a message
/// action, the chat message's <c>messageId</c>, <c>postedAt</c> and <c>author</c>.</param>
/// <param name="Verb">The card action's verb (<c>Action.Execute</c> verb, or <c>data.verb</c> for <c>Action.Submit</c>); for a
/// message action, its command id (<see cref="MessageActions"/>).</param>
/// <param name="ConversationKind">personal, groupChat or channel.</param>
public sealed record Turn(
    TurnKind Kind,
    Speaker Speaker,
    string? Text,
    JsonObject? Data,
    string? Verb,
    string ConversationKind);

public enum TurnKind
{
    /// <summary>A typed message.</summary>
    Message,
    /// <summary>A card button: Action.Submit (arrives as a message with a value) or Action.Execute (invoke).</summary>
    CardAction,
    /// <summary>The app was installed or the bot added to a conversation: say hello once.</summary>
    Installed,
    /// <summary>A message action on a chat message ("Log as compliment", "Create case from this message"); Text is that
    /// message's text.</summary>
    MessageAction,
}

/// <summary>The message actions' command ids, as the manifest names them.</summary>
public static class MessageActions
{
    public const string LogCompliment = "logCompliment";
    public const string CreateCase = "createCase";
}

/// <param name="UserId">The channel's id for the user (Teams <c>29:…</c>, Direct Line user id).</param>
/// <param name="ObjectId">The Entra object id when the channel gives one; roles are keyed by it.</param>
/// <param name="Name">Display name, when given.</param>
public sealed record Speaker(string UserId, string? ObjectId, string? Name);

/// <summary>What the bot answers. The channel decides how: replies via the connector for messages,
/// the invoke response body for Action.Execute.</summary>
/// <param name="Messages">Messages to post, in order (text, or an Adaptive Card 1.5 JSON object).</param>
/// <param name="ReplacementCard">For a card action: the card that replaces the one the user clicked.</param>
public sealed record TurnReply(IReadOnlyList<OutgoingMessage> Messages, JsonObject? ReplacementCard = null)
{
    public static TurnReply Nothing { get; } = new([]);
}

public sealed record OutgoingMessage(string? Text, JsonObject? Card = null);

/// <summary>The one entry point from any channel into what the bot says and does.</summary>
public interface ITurnHandler
{
    Task<TurnReply> HandleAsync(Turn turn, CancellationToken cancellationToken);
}
