using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.Cards;

/// <summary>The Adaptive Card envelope. Teams renders schema 1.5 or earlier for bot-sent cards (bot-protocol.md §4).</summary>
public static class Card
{
    public const string Version = "1.5";
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>A top-level card, full width in Teams so forms have room.</summary>
    public static JsonObject Of(IEnumerable<JsonNode> body, IEnumerable<JsonNode>? actions = null)
    {
        var card = Nested(body, actions);
        card.Insert(1, "version", Version);
        card["msteams"] = new JsonObject { ["width"] = "Full" };
        return card;
    }

    /// <summary>A card inside <c>Action.ShowCard</c>: no version, no msteams.</summary>
    public static JsonObject Nested(IEnumerable<JsonNode> body, IEnumerable<JsonNode>? actions = null)
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = Array(body) };
        var actionArray = Array(actions ?? []);
        if (actionArray.Count > 0) card["actions"] = actionArray;
        return card;
    }

    public static JsonArray Array(IEnumerable<JsonNode> nodes) => new([.. nodes]);
}
