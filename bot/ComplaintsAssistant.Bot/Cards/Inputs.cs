using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.Cards;

/// <summary>A choice in a dropdown: what the user sees and what comes back.</summary>
public sealed record Choice(string Title, string Value);

/// <summary>Input elements. Every input has a label (screen readers and Teams show it) and an id, by which its
/// value comes back as a string.</summary>
public static class Inputs
{
    public static JsonObject Text(string id, string label, string? value = null, bool multiline = false, string? placeholder = null, int? maxLength = null)
    {
        var input = Input("Input.Text", id, label);
        if (multiline) input["isMultiline"] = true;
        if (placeholder is not null) input["placeholder"] = placeholder;
        if (maxLength is not null) input["maxLength"] = maxLength;
        if (!string.IsNullOrEmpty(value)) input["value"] = value;
        return input;
    }

    /// <summary>A date as YYYY-MM-DD, the format Input.Date sends.</summary>
    public static JsonObject Date(string id, string label, string? value)
    {
        var input = Input("Input.Date", id, label);
        if (!string.IsNullOrEmpty(value)) input["value"] = value;
        return input;
    }

    public static JsonObject Number(string id, string label, string? value, int? min = null, int? max = null)
    {
        var input = Input("Input.Number", id, label);
        if (min is not null) input["min"] = min;
        if (max is not null) input["max"] = max;
        if (double.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var number))
            input["value"] = number;
        return input;
    }

    /// <summary>A dropdown; with <paramref name="multiSelect"/> the value is a comma-separated string. Never radio buttons: Web Chat
    /// groups them by input id across every card in the chat, so a choice on one copy of a form clears it on another.</summary>
    public static JsonObject Choices(string id, string label, IEnumerable<Choice> choices, string? value = null, bool multiSelect = false,
        string? placeholder = null)
    {
        var input = Input("Input.ChoiceSet", id, label);
        input["choices"] = Card.Array(choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value }));
        input["style"] = "compact";
        if (multiSelect) input["isMultiSelect"] = true;
        if (placeholder is not null && !multiSelect) input["placeholder"] = placeholder;
        if (!string.IsNullOrEmpty(value)) input["value"] = value;
        input["wrap"] = true;
        return input;
    }

    /// <summary>A yes/no switch; sends "true" or "false".</summary>
    public static JsonObject Toggle(string id, string title, bool value)
    {
        var input = Input("Input.Toggle", id, title);
        input["title"] = title;
        input["value"] = value ? "true" : "false";
        input["valueOn"] = "true";
        input["valueOff"] = "false";
        input["wrap"] = true;
        return input;
    }

    private static JsonObject Input(string type, string id, string label) =>
        new() { ["type"] = type, ["id"] = id, ["label"] = label };
}
