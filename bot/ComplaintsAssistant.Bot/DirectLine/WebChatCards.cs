using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Channel.Activities;

namespace ComplaintsAssistant.Bot.DirectLine;

/// <summary>
/// Cards as Web Chat can use them. Web Chat 4.18's Adaptive Cards renderer knows <c>Action.Execute</c>, so it draws
/// the button instead of its fallback, but Web Chat itself only sends <c>Action.Submit</c> and <c>Action.OpenUrl</c>
/// ("received unknown action from Adaptive Cards"): the button would do nothing. Teams clients without Universal
/// Actions use the <c>Action.Submit</c> fallback each Execute carries (bot-protocol.md §4); Direct Line gets that
/// fallback directly, so the click arrives as a message with a <c>value</c>, like Action.Submit from Teams.
/// </summary>
public static class WebChatCards
{
    private const string Execute = "Action.Execute";
    private const string Submit = "Action.Submit";

    /// <summary>A copy of the card with every Action.Execute replaced by its Action.Submit fallback
    /// (or, without one, an Action.Submit carrying the same title, data and verb).</summary>
    public static JsonObject WithSubmitFallbacks(JsonObject card) => (JsonObject)Rewrite(card.DeepClone());

    private static JsonNode Rewrite(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj when IsExecute(obj):
                return Rewrite(SubmitFor(obj));
            case JsonObject obj:
                foreach (var name in obj.Select(property => property.Key).ToList())
                {
                    if (obj[name] is { } child)
                    {
                        var rewritten = Rewrite(child);
                        if (!ReferenceEquals(rewritten, child))
                        {
                            obj[name] = rewritten;
                        }
                    }
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } child)
                    {
                        var rewritten = Rewrite(child);
                        if (!ReferenceEquals(rewritten, child))
                        {
                            array[i] = rewritten;
                        }
                    }
                }

                return array;
            default:
                return node;
        }
    }

    private static bool IsExecute(JsonObject obj) => string.Equals(JsonRead.String(obj["type"]), Execute, StringComparison.Ordinal);

    private static JsonObject SubmitFor(JsonObject execute)
    {
        if (execute["fallback"] is JsonObject fallback && string.Equals(JsonRead.String(fallback["type"]), Submit, StringComparison.Ordinal))
        {
            return (JsonObject)fallback.DeepClone();
        }

        var data = execute["data"] is JsonObject given ? (JsonObject)given.DeepClone() : [];
        if (JsonRead.String(execute["verb"]) is { Length: > 0 } verb && data["verb"] is null)
        {
            data["verb"] = verb;
        }

        var submit = new JsonObject { ["type"] = Submit, ["data"] = data };
        foreach (var name in new[] { "id", "title", "iconUrl", "style", "tooltip", "isEnabled", "mode", "associatedInputs" })
        {
            if (execute[name] is { } value)
            {
                submit[name] = value.DeepClone();
            }
        }

        return submit;
    }
}
