using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.Cards;

/// <summary>Display elements: text, facts and containers.</summary>
public static class Elements
{
    public static JsonObject Text(string text, bool subtle = false, string? weight = null, string? size = null, string? color = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (subtle) block["isSubtle"] = true;
        if (weight is not null) block["weight"] = weight;
        if (size is not null) block["size"] = size;
        if (color is not null) block["color"] = color;
        return block;
    }

    public static JsonObject Heading(string text) => Heading(text, "Large");

    public static JsonObject Subheading(string text) => Heading(text, "Medium");

    /// <summary>A problem the reader must act on, e.g. a refused change.</summary>
    public static JsonObject Attention(string text) => Text(text, weight: "Bolder", color: "Attention");

    public static JsonObject Good(string text) => Text(text, weight: "Bolder", color: "Good");

    /// <summary>"1. …", "2. …" as one markdown list, which Teams and Web Chat number themselves. A list item on its own
    /// (a fact titled "2.") would be a list of one, drawn as "1." wherever the renderer drops the list's start number.</summary>
    public static JsonObject NumberedList(IEnumerable<string> items) =>
        Text(string.Join("\r", items.Select((item, i) => $"{i + 1}. {item}")));

    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = Card.Array(facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })),
    };

    public static JsonObject Container(IEnumerable<JsonNode> items, string? style = null, bool separator = false)
    {
        var container = new JsonObject { ["type"] = "Container", ["items"] = Card.Array(items) };
        if (style is not null) container["style"] = style;
        if (separator) container["separator"] = true;
        return container;
    }

    private static JsonObject Heading(string text, string size)
    {
        var block = Text(text, weight: "Bolder", size: size);
        // Headings read as headings to screen readers (Adaptive Cards 1.5 "heading" style).
        block["style"] = "heading";
        return block;
    }
}
