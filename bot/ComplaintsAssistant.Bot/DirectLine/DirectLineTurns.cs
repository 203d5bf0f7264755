using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Channel;
using ComplaintsAssistant.Bot.Channel.Activities;
using ComplaintsAssistant.Bot.Channel.Inbound;
using ComplaintsAssistant.Bot.Channel.Queue;
using ComplaintsAssistant.Bot.Conversations;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.DirectLine;

/// <summary>
/// Turns Web Chat's activities into the same <see cref="Turn"/>s Teams produces and queues them
/// for the same <see cref="ITurnHandler"/>. The user is the persona the token was issued for.
/// </summary>
public sealed class DirectLineTurns(TurnQueue queue, TimeProvider time, IOptions<ChannelOptions> options)
{
    public async Task WelcomeAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        if (conversation.TryMarkWelcomed())
        {
            var turn = TurnFactory.Installed(AsActivity(conversation, new JsonObject { ["type"] = ActivityTypes.ConversationUpdate }));
            await queue.EnqueueAsync(new TurnWork(Target(conversation, null), turn), cancellationToken);
        }
    }

    /// <summary>Records the user's activity (Web Chat waits to see it echoed) and queues its turn.</summary>
    public async Task<string> AcceptAsync(DirectLineConversation conversation, JsonObject posted, CancellationToken cancellationToken)
    {
        posted["from"] = new JsonObject { ["id"] = conversation.UserId, ["name"] = conversation.UserName, ["role"] = "user" };
        var activity = AsActivity(conversation, posted);
        var id = conversation.Append(posted, time.GetUtcNow());
        var turn = TurnFor(activity);
        if (turn is not null)
        {
            await queue.EnqueueAsync(new TurnWork(Target(conversation, id), turn), cancellationToken);
        }
        else if (string.Equals(activity.Type, ActivityTypes.ConversationUpdate, StringComparison.OrdinalIgnoreCase))
        {
            await WelcomeAsync(conversation, cancellationToken);
        }

        return id;
    }

    private static Turn? TurnFor(Activity activity) => activity.Type switch
    {
        ActivityTypes.Message => TurnFactory.FromMessage(activity),
        ActivityTypes.Invoke when activity.Name == ActivityTypes.AdaptiveCardAction
            && (activity.Value as JsonObject)?["action"] is JsonObject action =>
            TurnFactory.CardAction(activity, action["data"] as JsonObject, JsonRead.String(action["verb"])),
        _ => null,
    };

    private DirectLineReplyTarget Target(DirectLineConversation conversation, string? replyToId) =>
        new(conversation, options.Value.BotName, replyToId, time);

    private static Activity AsActivity(DirectLineConversation conversation, JsonObject posted)
    {
        Activity activity;
        try
        {
            activity = posted.Deserialize(ChannelJsonContext.Default.Activity) ?? new Activity();
        }
        catch (JsonException)
        {
            // A field of an unexpected type: keep what matters, as the Teams path would refuse it.
            activity = new Activity { Type = JsonRead.String(posted["type"]) };
        }

        // The persona id is what the access configuration knows people by (their Entra object id in Teams).
        activity.From = new ChannelAccount { Id = conversation.UserId, Name = conversation.UserName, AadObjectId = conversation.UserId };
        activity.Conversation = new ConversationAccount { Id = conversation.Id, ConversationType = "personal" };
        activity.Recipient = new ChannelAccount { Id = DirectLineReplyTarget.BotId };
        return activity;
    }
}
