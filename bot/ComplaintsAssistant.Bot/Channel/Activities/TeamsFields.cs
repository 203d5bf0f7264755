using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.Channel.Activities;

/// <summary>Teams values that live in more than one place (bot-protocol.md §8.4).</summary>
public static class TeamsFields
{
    /// <summary><c>conversation.tenantId</c>, else <c>channelData.tenant.id</c>.</summary>
    public static string? TenantId(Activity activity) =>
        activity.Conversation?.TenantId is { Length: > 0 } tenantId
            ? tenantId
            : JsonRead.String((activity.ChannelData?["tenant"] as JsonObject)?["id"]);

    /// <summary>personal, groupChat or channel; guessed from isGroup when Teams leaves it out.</summary>
    public static string ConversationKind(Activity activity) =>
        activity.Conversation?.ConversationType is { Length: > 0 } kind
            ? kind
            : activity.Conversation?.IsGroup == true ? "groupChat" : "personal";
}
