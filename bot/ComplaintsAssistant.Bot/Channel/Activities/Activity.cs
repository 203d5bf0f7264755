using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.Channel.Activities;

/// <summary>
/// The Bot Framework Activity, only the fields this bot reads or writes. Unknown fields are
/// ignored on purpose (BF-SPEC A2005/A2006); open-ended parts stay as JSON nodes.
/// Ids are never pattern-validated: Teams sends many shapes (bot-protocol.md §8.2).
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? Summary { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public JsonArray? Entities { get; set; }
    public JsonObject? ChannelData { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public string? Name { get; set; }
    public JsonNode? Value { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
}
