using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.Conversations;

/// <summary>The shapes of answer the bot gives.</summary>
public static class Replies
{
    /// <summary>A new message carrying a card.</summary>
    public static TurnReply NewCard(JsonObject card) => new([new OutgoingMessage(null, card)]);

    public static TurnReply Text(string text) => new([new OutgoingMessage(text)]);

    /// <summary>The clicked card is replaced (Action.Execute); clients that used the Action.Submit fallback cannot replace a card,
    /// so they get <paramref name="text"/> as a message.</summary>
    public static TurnReply InPlace(JsonObject card, string text) => new([new OutgoingMessage(text)], card);

    /// <summary>In place when the button asked for it, else as a new message.</summary>
    public static TurnReply Show(TurnContext context, JsonObject card, string text) =>
        context.InPlace ? InPlace(card, text) : NewCard(card);
}
