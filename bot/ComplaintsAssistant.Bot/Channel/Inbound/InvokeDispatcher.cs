using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Channel.Activities;
using ComplaintsAssistant.Bot.Channel.Queue;
using ComplaintsAssistant.Bot.Conversations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Channel.Inbound;

/// <summary>
/// Invokes are answered in the same HTTP response, so the handler runs inline under
/// <see cref="ChannelOptions.InvokeTimeout"/>; any further messages go out through the queue.
/// </summary>
public sealed class InvokeDispatcher(
    IServiceScopeFactory scopes,
    TurnQueue queue,
    TimeProvider time,
    IOptions<ChannelOptions> options,
    ILogger<InvokeDispatcher> logger)
{
    /// <summary>The dialog's title for each message action, as the manifest names the command.</summary>
    internal static readonly IReadOnlyDictionary<string, string> MessageActionTitles = new Dictionary<string, string>
    {
        [MessageActions.LogCompliment] = "Log as compliment",
        [MessageActions.CreateCase] = "Create case from this message",
    };

    private static string MessageActionTitle(Activity activity) =>
        MessageActionTitles.GetValueOrDefault(JsonRead.String((activity.Value as JsonObject)?["commandId"]) ?? "", MessageActionTitles[MessageActions.LogCompliment]);

    public async Task<InvokeResponse> DispatchAsync(Activity activity, IReplyTarget target, CancellationToken cancellationToken)
    {
        var name = activity.Name ?? string.Empty;
        try
        {
            return name switch
            {
                ActivityTypes.AdaptiveCardAction => await ExecuteAsync(activity, target, cancellationToken),
                ActivityTypes.FetchTask => await FetchTaskAsync(activity, cancellationToken),
                ActivityTypes.SubmitAction => await SubmitActionAsync(activity, target, cancellationToken),
                _ => Unknown(name),
            };
        }
        catch (TimeoutException)
        {
            logger.InvokeTimedOut(name, options.Value.InvokeTimeout.TotalMilliseconds);
            return InvokeResponses.Error(500, "Timeout", "That took too long. Please try again.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.InvokeFailed(name, exception.GetType().Name, exception);
            return InvokeResponses.Error(500, "ServiceError", "Something went wrong. Please try again.");
        }
    }

    private async Task<InvokeResponse> ExecuteAsync(Activity activity, IReplyTarget target, CancellationToken cancellationToken)
    {
        if ((activity.Value as JsonObject)?["action"] is not JsonObject action)
        {
            return InvokeResponses.Error(400, "BadRequest", "The invoke has no action.");
        }

        if (!string.Equals(JsonRead.String(action["type"]), "Action.Execute", StringComparison.Ordinal))
        {
            return InvokeResponses.Error(400, "NotSupported", "Only Action.Execute is supported.");
        }

        var turn = TurnFactory.CardAction(activity, action["data"] as JsonObject, JsonRead.String(action["verb"]));
        var reply = await RunAsync(turn, cancellationToken);
        if (reply.ReplacementCard is { } card)
        {
            // The invoke response changes the card only on the clicker's screen (bot-protocol.md §4); in a shared chat
            // everyone else's copy is PUT-updated behind it.
            var others = string.Equals(turn.ConversationKind, "personal", StringComparison.OrdinalIgnoreCase) ? null : card;
            if (others is not null || reply.Messages.Count > 0)
                await queue.EnqueueAsync(new TurnWork(target, null, reply.Messages, others), cancellationToken);
            return InvokeResponses.Card(card);
        }

        if (reply.Messages.Count > 0 && reply.Messages[0] is { Card: null, Text: { Length: > 0 } text })
        {
            await FollowUpAsync(target, reply.Messages.Skip(1).ToList(), cancellationToken);
            return InvokeResponses.Message(text);
        }

        await FollowUpAsync(target, reply.Messages, cancellationToken);
        return InvokeResponses.Message("Done.");
    }

    private async Task<InvokeResponse> FetchTaskAsync(Activity activity, CancellationToken cancellationToken)
    {
        var turn = TurnFactory.MessageAction(activity, MessageActionText.From(activity.Value));
        var reply = await RunAsync(turn, cancellationToken);
        var card = reply.ReplacementCard ?? reply.Messages.FirstOrDefault(message => message.Card is not null)?.Card;
        return card is not null
            ? InvokeResponses.TaskCard(MessageActionTitle(activity), card)
            : InvokeResponses.TaskMessage(reply.Messages.FirstOrDefault()?.Text ?? "Nothing to show.");
    }

    private async Task<InvokeResponse> SubmitActionAsync(Activity activity, IReplyTarget target, CancellationToken cancellationToken)
    {
        var data = (activity.Value as JsonObject)?["data"] as JsonObject;
        var reply = await RunAsync(TurnFactory.CardAction(activity, data, verb: null), cancellationToken);
        if (reply.ReplacementCard is { } card)
        {
            // e.g. validation errors: keep the dialog open, showing the corrected card.
            return InvokeResponses.TaskCard(MessageActionTitle(activity), card);
        }

        await FollowUpAsync(target, reply.Messages, cancellationToken);
        return InvokeResponses.CloseDialog();
    }

    private InvokeResponse Unknown(string name)
    {
        logger.UnknownInvoke(name);
        return InvokeResponses.NotImplemented(name);
    }

    private async Task<TurnReply> RunAsync(Turn turn, CancellationToken cancellationToken)
    {
        var timeout = options.Value.InvokeTimeout;
        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<ITurnHandler>();
        try
        {
            return await handler.HandleAsync(turn, linked.Token).WaitAsync(timeout, time, cancellationToken);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException();
        }
    }

    private ValueTask FollowUpAsync(IReplyTarget target, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken) =>
        messages.Count == 0
            ? ValueTask.CompletedTask
            : queue.EnqueueAsync(new TurnWork(target, null, messages), cancellationToken);
}
