using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Channel.Activities;
using ComplaintsAssistant.Bot.Channel.Queue;
using ComplaintsAssistant.Bot.Conversations;

namespace ComplaintsAssistant.Bot.Channel.Connector;

/// <summary>Replies to an inbound Teams activity through the connector, in the same conversation.</summary>
public sealed class ActivityReplyTarget(ConnectorClient connector, Activity inbound) : IReplyTarget
{
    private readonly string _serviceUrl = inbound.ServiceUrl ?? string.Empty;
    private readonly string _conversationId = inbound.Conversation?.Id ?? string.Empty;
    private readonly string? _tenantId = TeamsFields.TenantId(inbound);

    public string ConversationKey => _conversationId;

    public async Task SendAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            foreach (var activity in OutboundActivities.From(message, inbound.Recipient, inbound.From, _conversationId, inbound.Id))
            {
                _ = string.IsNullOrEmpty(inbound.Id)
                    ? await connector.SendToConversationAsync(_serviceUrl, _conversationId, _tenantId, activity, cancellationToken)
                    : await connector.ReplyToActivityAsync(_serviceUrl, _conversationId, _tenantId, inbound.Id, activity, cancellationToken);
            }
        }
    }

    /// <summary>The replacement card first (the clicked card changes in place, for everyone in the chat), then the messages.</summary>
    public async Task ReplyAsync(TurnReply reply, CancellationToken cancellationToken)
    {
        if (reply.ReplacementCard is { } card && !await TryUpdateClickedCardAsync(card, cancellationToken))
        {
            await SendAsync([new OutgoingMessage(null, card)], cancellationToken);
        }

        await SendAsync(reply.Messages, cancellationToken);
    }

    /// <summary>The invoke's answer already changed the card for the clicker; a PUT changes it for everyone else.
    /// Not reposted on failure: the clicker has the new card, and a second copy would only confuse the chat.</summary>
    public async Task UpdateCardForEveryoneAsync(JsonObject card, CancellationToken cancellationToken) =>
        await TryUpdateClickedCardAsync(card, cancellationToken);

    /// <summary>
    /// Action.Submit arrives as a message with a <c>value</c> whose <c>replyToId</c> is the clicked card's activity id
    /// (bot-protocol.md §1.5); an Action.Submit can't return a card, so the card message is PUT-updated (§3.2, §4).
    /// False — post the card as a new message instead — without that id, or when Teams refuses the update (4xx:
    /// e.g. the message was deleted, or isn't the bot's). Any other failure (5xx after the retries) is not
    /// reposted: the update may have landed, and the messages that follow still say what happened.
    /// </summary>
    private async Task<bool> TryUpdateClickedCardAsync(JsonObject card, CancellationToken cancellationToken)
    {
        if (inbound.Value is not JsonObject || string.IsNullOrWhiteSpace(inbound.ReplyToId))
        {
            return false;
        }

        var update = OutboundActivities.Update(card, inbound.Recipient, inbound.From, _conversationId, inbound.ReplyToId);
        try
        {
            await connector.UpdateActivityAsync(_serviceUrl, _conversationId, _tenantId, inbound.ReplyToId, update, cancellationToken);
            return true;
        }
        catch (ConnectorException failed)
        {
            // ConnectorClient has logged the status. On a refusal the user gets the new card below the old one.
            return (int)failed.StatusCode is not (>= 400 and < 500);
        }
    }
}
