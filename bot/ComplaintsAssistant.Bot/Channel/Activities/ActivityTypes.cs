namespace ComplaintsAssistant.Bot.Channel.Activities;

/// <summary>Activity type and invoke names this bot acts on (BF-API-REF; TEAMS-DOCS).</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";

    public const string AdaptiveCardAction = "adaptiveCard/action";
    public const string FetchTask = "composeExtension/fetchTask";
    public const string SubmitAction = "composeExtension/submitAction";
}
