using ComplaintsAssistant.Bot.Channel.Activities;

namespace ComplaintsAssistant.Bot.Channel.Inbound;

/// <summary>
/// "The app arrived here": installationUpdate add / add-upgrade, or a conversationUpdate whose
/// membersAdded holds the bot itself (TEAMS-DOCS subscribe-to-conversation-events.md).
/// </summary>
public static class InstallDetector
{
    public static bool IsInstall(Activity activity) => activity.Type switch
    {
        _ when Is(activity.Type, ActivityTypes.InstallationUpdate) =>
            Is(activity.Action, "add") || Is(activity.Action, "add-upgrade"),
        _ when Is(activity.Type, ActivityTypes.ConversationUpdate) => BotWasAdded(activity),
        _ => false,
    };

    private static bool BotWasAdded(Activity activity)
    {
        var botId = activity.Recipient?.Id;
        return !string.IsNullOrEmpty(botId)
            && activity.MembersAdded is { } added
            && added.Exists(member => string.Equals(member.Id, botId, StringComparison.OrdinalIgnoreCase));
    }

    private static bool Is(string? value, string expected) =>
        string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);
}
