using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.Cards;

/// <summary>Buttons. A change is an <c>Action.Execute</c> (Universal Actions: the card updates in place) with an
/// <c>Action.Submit</c> fallback for clients without them, inside an ActionSet because some older Teams clients
/// ignore a fallback elsewhere (bot-protocol.md §4). Teams needs the verb on Execute; the Submit copy carries it in data.</summary>
public static class CardActions
{
    public static JsonObject Execute(string title, string verb, JsonObject? data = null, string? style = null)
    {
        var action = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = Data(verb, data),
            ["fallback"] = Submit(title, verb, data, style),
        };
        if (style is not null) action["style"] = style;
        return action;
    }

    /// <summary>A button that posts its data as a message: used to open something new rather than change this card.</summary>
    public static JsonObject Submit(string title, string verb, JsonObject? data = null, string? style = null)
    {
        var action = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = Data(verb, data) };
        if (style is not null) action["style"] = style;
        return action;
    }

    public static JsonObject ShowCard(string title, JsonObject card) =>
        new() { ["type"] = "Action.ShowCard", ["title"] = title, ["card"] = card };

    public static JsonObject Set(params JsonNode[] actions) => Set((IEnumerable<JsonNode>)actions);

    public static JsonObject Set(IEnumerable<JsonNode> actions) =>
        new() { ["type"] = "ActionSet", ["actions"] = Card.Array(actions) };

    private static JsonObject Data(string verb, JsonObject? data)
    {
        var copy = data?.DeepClone() as JsonObject ?? [];
        copy["verb"] = verb;
        return copy;
    }
}
