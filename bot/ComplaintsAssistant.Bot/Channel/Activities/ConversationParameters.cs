using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.Channel.Activities;

/// <summary>Body of <c>POST v3/conversations</c>; Teams needs the tenant in <c>channelData.tenant.id</c> (§3.3).</summary>
public sealed class ConversationParameters
{
    public bool IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public List<ChannelAccount> Members { get; set; } = [];
    public string? TenantId { get; set; }
    public JsonObject? ChannelData { get; set; }
}
