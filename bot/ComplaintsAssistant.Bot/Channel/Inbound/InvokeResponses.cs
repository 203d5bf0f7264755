using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Channel.Activities;

namespace ComplaintsAssistant.Bot.Channel.Inbound;

/// <summary>
/// Invoke response bodies. Universal Actions: HTTP 200 with <c>{statusCode, type, value}</c>
/// (AC-DOCS "Response format", bot-protocol.md §1.4); message extensions: <c>{task: …}</c> or <c>{}</c>.
/// </summary>
public static class InvokeResponses
{
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public static InvokeResponse Card(JsonObject card) => Universal(200, Attachment.AdaptiveCardContentType, card.DeepClone());

    /// <summary>Teams shows the text; it must not be empty, or Teams retries (§5).</summary>
    public static InvokeResponse Message(string text) =>
        Universal(200, MessageType, JsonValue.Create(string.IsNullOrWhiteSpace(text) ? "Done." : text));

    public static InvokeResponse Error(int statusCode, string code, string message) =>
        Universal(statusCode, ErrorType, new JsonObject { ["code"] = code, ["message"] = message });

    /// <summary>A deliberate "not implemented", as BB-NET does for invokes nobody handles.</summary>
    public static InvokeResponse NotImplemented(string? name) => new(501, new JsonObject
    {
        ["statusCode"] = 501,
        ["type"] = ErrorType,
        ["value"] = new JsonObject { ["code"] = "NotImplemented", ["message"] = $"This app does not handle '{name}'." },
    });

    /// <summary>Opens (or keeps open) a task module dialog showing the card.</summary>
    public static InvokeResponse TaskCard(string title, JsonObject card) => new(200, new JsonObject
    {
        ["task"] = new JsonObject
        {
            ["type"] = "continue",
            ["value"] = new JsonObject
            {
                ["title"] = title,
                ["height"] = "medium",
                ["width"] = "medium",
                ["card"] = new JsonObject
                {
                    ["contentType"] = Attachment.AdaptiveCardContentType,
                    ["content"] = card.DeepClone(),
                },
            },
        },
    });

    public static InvokeResponse TaskMessage(string text) => new(200, new JsonObject
    {
        ["task"] = new JsonObject { ["type"] = "message", ["value"] = string.IsNullOrWhiteSpace(text) ? "Done." : text },
    });

    /// <summary>An empty body closes the dialog.</summary>
    public static InvokeResponse CloseDialog() => new(200, []);

    private static InvokeResponse Universal(int statusCode, string type, JsonNode? value) => new(200, new JsonObject
    {
        ["statusCode"] = statusCode,
        ["type"] = type,
        ["value"] = value,
    });
}
