namespace ComplaintsAssistant.Bot.Channel.Activities;

/// <summary>A user or bot on the channel: <c>{id, name, aadObjectId, role}</c> (BF-API-REF).</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }
}
