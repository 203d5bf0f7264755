using ComplaintsAssistant.Bot.Channel.Activities;

namespace ComplaintsAssistant.Bot.Channel.References;

/// <summary>Builds a reference from an inbound activity; null when the activity lacks what a reference needs.</summary>
public static class ConversationReferenceFactory
{
    public static ConversationReference? From(Activity activity)
    {
        var conversationId = activity.Conversation?.Id;
        var userId = activity.From?.Id;
        var botId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(activity.ServiceUrl) || string.IsNullOrEmpty(conversationId)
            || string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(botId))
        {
            return null;
        }

        return new ConversationReference(
            activity.ServiceUrl,
            activity.ChannelId ?? "msteams",
            new ConversationRef(conversationId, TeamsFields.TenantId(activity), activity.Conversation?.ConversationType),
            new UserRef(userId, activity.From?.AadObjectId),
            new BotRef(botId));
    }
}
