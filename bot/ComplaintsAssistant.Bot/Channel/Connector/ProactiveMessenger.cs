using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Channel.Activities;
using ComplaintsAssistant.Bot.Channel.References;
using ComplaintsAssistant.Bot.Conversations;

namespace ComplaintsAssistant.Bot.Channel.Connector;

/// <summary>
/// The bot speaking first (deadline prompts): to the user's personal chat if known, else a new
/// 1:1 conversation created with the user's id and tenant (bot-protocol.md §3.3).
/// </summary>
public sealed class ProactiveMessenger(IConversationReferenceStore references, ConnectorClient connector)
{
    /// <returns>False when the bot has never heard from this user (it cannot start a chat without a reference).</returns>
    public async Task<bool> SendToUserAsync(string aadObjectId, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        var reference = await references.FindByUserObjectIdAsync(aadObjectId, cancellationToken);
        if (reference is null)
        {
            return false;
        }

        var conversationId = await PersonalConversationAsync(reference, cancellationToken);
        var bot = new ChannelAccount { Id = reference.Bot.Id };
        var user = new ChannelAccount { Id = reference.User.Id, AadObjectId = reference.User.AadObjectId };
        foreach (var message in messages)
        {
            foreach (var activity in OutboundActivities.From(message, bot, user, conversationId, replyToId: null))
            {
                await connector.SendToConversationAsync(reference.ServiceUrl, conversationId, activity, cancellationToken);
            }
        }

        return true;
    }

    private async Task<string> PersonalConversationAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        if (string.Equals(reference.Conversation.ConversationType, "personal", StringComparison.OrdinalIgnoreCase))
        {
            return reference.Conversation.Id;
        }

        var tenantId = reference.Conversation.TenantId;
        var created = await connector.CreateConversationAsync(reference.ServiceUrl, new ConversationParameters
        {
            Bot = new ChannelAccount { Id = reference.Bot.Id },
            Members = [new ChannelAccount { Id = reference.User.Id }],
            TenantId = tenantId,
            ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        }, cancellationToken);

        var conversationId = created.Id ?? throw new ConnectorException(System.Net.HttpStatusCode.BadGateway, "create");
        await references.SaveAsync(reference with
        {
            Conversation = new ConversationRef(conversationId, tenantId, "personal"),
        }, cancellationToken);
        return conversationId;
    }
}
