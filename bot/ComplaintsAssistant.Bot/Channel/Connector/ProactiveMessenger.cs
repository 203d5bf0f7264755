using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Channel.Activities;
using ComplaintsAssistant.Bot.Channel.References;
using ComplaintsAssistant.Bot.Conversations;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Channel.Connector;

/// <summary>
/// The bot speaking first (deadline prompts): to the user's personal chat if known, else a new 1:1 conversation created
/// with the user's Entra object id and tenant (bot-protocol.md §3.3). Someone the bot has never heard from can still be
/// reached when the app is installed for them: the chat is created from their object id, the bot's tenant
/// (<c>Bot:TenantId</c>) and the Teams service URL (<c>Bot:Connector:ProactiveServiceUrl</c>), and remembered.
/// </summary>
public sealed class ProactiveMessenger(IConversationReferenceStore references, ConnectorClient connector, IOptions<ChannelOptions> options)
{
    /// <returns>False when there is no way to reach this user: no stored chat, and no tenant to create one in.</returns>
    public async Task<bool> SendToUserAsync(string aadObjectId, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        var reference = await references.FindByUserObjectIdAsync(aadObjectId, cancellationToken) ?? FirstContact(aadObjectId);
        if (reference is null)
        {
            return false;
        }

        var conversationId = await PersonalConversationAsync(reference, cancellationToken);
        var tenantId = reference.Conversation.TenantId;
        var bot = new ChannelAccount { Id = reference.Bot.Id };
        var user = new ChannelAccount { Id = reference.User.Id, AadObjectId = reference.User.AadObjectId };
        foreach (var message in messages)
        {
            foreach (var activity in OutboundActivities.From(message, bot, user, conversationId, replyToId: null))
            {
                await connector.SendToConversationAsync(reference.ServiceUrl, conversationId, tenantId, activity, cancellationToken);
            }
        }

        return true;
    }

    /// <summary>A reference to start from for someone the bot has never heard from: no conversation yet, the member id is
    /// their object id (Teams accepts it for personal chats with the app installed), the tenant is the bot's own.</summary>
    private ConversationReference? FirstContact(string aadObjectId)
    {
        var bot = options.Value;
        if (string.IsNullOrWhiteSpace(bot.TenantId) || string.IsNullOrWhiteSpace(bot.AppId))
        {
            return null;
        }

        return new ConversationReference(
            bot.Connector.ProactiveServiceUrl,
            "msteams",
            new ConversationRef(string.Empty, bot.TenantId.Trim(), ConversationType: null),
            new UserRef(aadObjectId, aadObjectId),
            new BotRef("28:" + bot.AppId.Trim()));
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
            ServiceUrl = created.ServiceUrl is { Length: > 0 } serviceUrl ? serviceUrl : reference.ServiceUrl,
            Conversation = new ConversationRef(conversationId, tenantId, "personal"),
        }, cancellationToken);
        return conversationId;
    }
}
