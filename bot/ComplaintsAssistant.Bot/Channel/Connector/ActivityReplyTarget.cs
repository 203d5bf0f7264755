using ComplaintsAssistant.Bot.Channel.Activities;
using ComplaintsAssistant.Bot.Channel.Queue;
using ComplaintsAssistant.Bot.Conversations;

namespace ComplaintsAssistant.Bot.Channel.Connector;

/// <summary>Replies to an inbound Teams activity through the connector, in the same conversation.</summary>
public sealed class ActivityReplyTarget(ConnectorClient connector, Activity inbound) : IReplyTarget
{
    private readonly string _serviceUrl = inbound.ServiceUrl ?? string.Empty;
    private readonly string _conversationId = inbound.Conversation?.Id ?? string.Empty;

    public string ConversationKey => _conversationId;

    public async Task SendAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            foreach (var activity in OutboundActivities.From(message, inbound.Recipient, inbound.From, _conversationId, inbound.Id))
            {
                _ = string.IsNullOrEmpty(inbound.Id)
                    ? await connector.SendToConversationAsync(_serviceUrl, _conversationId, activity, cancellationToken)
                    : await connector.ReplyToActivityAsync(_serviceUrl, _conversationId, inbound.Id, activity, cancellationToken);
            }
        }
    }
}
