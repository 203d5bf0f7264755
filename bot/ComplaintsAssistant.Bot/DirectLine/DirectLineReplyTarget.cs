using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Channel.Activities;
using ComplaintsAssistant.Bot.Channel.Queue;
using ComplaintsAssistant.Bot.Conversations;

namespace ComplaintsAssistant.Bot.DirectLine;

/// <summary>The bot's replies become activities in the Direct Line conversation, read by polling.</summary>
public sealed class DirectLineReplyTarget(DirectLineConversation conversation, string botName, string? replyToId, TimeProvider time) : IReplyTarget
{
    public const string BotId = "complaints-assistant";

    public string ConversationKey => conversation.Id;

    /// <summary>Web Chat can't change a sent message, and a Direct Line conversation has one person in it.</summary>
    public Task UpdateCardForEveryoneAsync(System.Text.Json.Nodes.JsonObject card, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SendAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            if (!string.IsNullOrEmpty(message.Text))
            {
                conversation.Append(Activity(new JsonObject { ["text"] = message.Text }), time.GetUtcNow());
            }

            if (message.Card is { } card)
            {
                var attachment = new JsonObject
                {
                    ["contentType"] = Attachment.AdaptiveCardContentType,
                    ["content"] = WebChatCards.WithSubmitFallbacks(card),
                };
                conversation.Append(Activity(new JsonObject { ["attachments"] = new JsonArray(attachment) }), time.GetUtcNow());
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Web Chat can't replace a card it has drawn, so the replacement card comes as a new message,
    /// after the text: "Logged …" reads first, then the card with the details.</summary>
    public Task ReplyAsync(TurnReply reply, CancellationToken cancellationToken) =>
        SendAsync(reply.ReplacementCard is { } card ? [.. reply.Messages, new OutgoingMessage(null, card)] : reply.Messages, cancellationToken);

    private JsonObject Activity(JsonObject content)
    {
        content["type"] = ActivityTypes.Message;
        content["from"] = new JsonObject { ["id"] = BotId, ["name"] = botName, ["role"] = "bot" };
        content["recipient"] = new JsonObject { ["id"] = conversation.UserId, ["role"] = "user" };
        if (replyToId is not null)
        {
            content["replyToId"] = replyToId;
        }

        return content;
    }
}
