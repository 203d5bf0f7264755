using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Channel.Activities;
using ComplaintsAssistant.Bot.Conversations;

namespace ComplaintsAssistant.Bot.Channel.Connector;

/// <summary>
/// Outgoing messages as activities. Text and a card go as two activities: Teams splits a mixed
/// one and then returns no id, so it could never be updated (bot-protocol.md §3.2).
/// </summary>
public static class OutboundActivities
{
    public static IEnumerable<Activity> From(OutgoingMessage message, ChannelAccount? bot, ChannelAccount? user, string conversationId, string? replyToId)
    {
        if (!string.IsNullOrEmpty(message.Text))
        {
            yield return Create(bot, user, conversationId, replyToId, message.Text, null);
        }

        if (message.Card is { } card)
        {
            yield return Create(bot, user, conversationId, replyToId, null, [Attachment.ForCard(card)]);
        }
    }

    /// <summary>The body of a PUT that replaces an earlier card message: the same id, the new card as its only attachment.</summary>
    public static Activity Update(JsonObject card, ChannelAccount? bot, ChannelAccount? user, string conversationId, string activityId)
    {
        var activity = Create(bot, user, conversationId, null, null, [Attachment.ForCard(card)]);
        activity.Id = activityId;
        return activity;
    }

    private static Activity Create(ChannelAccount? bot, ChannelAccount? user, string conversationId, string? replyToId, string? text, List<Attachment>? attachments) => new()
    {
        Type = ActivityTypes.Message,
        From = bot,
        Recipient = user,
        Conversation = new ConversationAccount { Id = conversationId },
        ReplyToId = replyToId,
        Text = text,
        Attachments = attachments,
    };
}
