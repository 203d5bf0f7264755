using ComplaintsAssistant.Bot.Channel.Activities;
using ComplaintsAssistant.Bot.Channel.Connector;
using ComplaintsAssistant.Bot.Channel.Queue;
using Microsoft.Extensions.Logging;

namespace ComplaintsAssistant.Bot.Channel.Inbound;

/// <summary>
/// What to do with an authenticated Teams activity: queue a turn (answer 200 at once), answer an
/// invoke inline, or ignore it safely (unknown types are normal, BF-SPEC A2006).
/// </summary>
public sealed class ActivityRouter(
    TurnQueue queue,
    InvokeDispatcher invokes,
    WelcomeDeduplicator welcomes,
    ConnectorClient connector,
    ILogger<ActivityRouter> logger)
{
    /// <returns>The invoke response, or null for "200, empty body".</returns>
    public async Task<InvokeResponse?> RouteAsync(Activity activity, CancellationToken cancellationToken)
    {
        var target = new ActivityReplyTarget(connector, activity);
        switch (activity.Type)
        {
            case var type when Is(type, ActivityTypes.Message):
                await queue.EnqueueAsync(new TurnWork(target, TurnFactory.FromMessage(activity)), cancellationToken);
                return null;
            case var type when Is(type, ActivityTypes.Invoke):
                return await invokes.DispatchAsync(activity, target, cancellationToken);
            case var _ when InstallDetector.IsInstall(activity):
                if (await welcomes.ShouldWelcomeAsync(target.ConversationKey, cancellationToken))
                {
                    await queue.EnqueueAsync(new TurnWork(target, TurnFactory.Installed(activity)), cancellationToken);
                }

                return null;
            default:
                logger.ActivityIgnored(activity.Type ?? "(none)");
                return null;
        }
    }

    /// <summary>Activities the bot answers must say where to answer.</summary>
    public static bool HasReplyAddress(Activity activity) =>
        !string.IsNullOrWhiteSpace(activity.ServiceUrl) && !string.IsNullOrWhiteSpace(activity.Conversation?.Id);

    private static bool Is(string? type, string expected) => string.Equals(type, expected, StringComparison.OrdinalIgnoreCase);
}
