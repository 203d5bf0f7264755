namespace ComplaintsAssistant.Bot.Channel.Activities;

/// <summary>The conversation an activity belongs to (BF-API-REF ConversationAccount).</summary>
public sealed class ConversationAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public bool? IsGroup { get; set; }
    public string? ConversationType { get; set; }
    public string? TenantId { get; set; }
}
