using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.Channel.Activities;

/// <summary>An attachment: for cards <c>{contentType: application/vnd.microsoft.card.adaptive, content}</c>.</summary>
public sealed class Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    public JsonNode? Content { get; set; }
    public string? Name { get; set; }

    public static Attachment ForCard(JsonObject card) =>
        new() { ContentType = AdaptiveCardContentType, Content = card };
}
