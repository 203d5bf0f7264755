using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Channel.Activities;
using ComplaintsAssistant.Bot.Conversations;

namespace ComplaintsAssistant.Bot.Channel.Inbound;

/// <summary>Translates activities into <see cref="Turn"/>s: the only place that knows both shapes.</summary>
public static class TurnFactory
{
    /// <summary>A message: Action.Submit (object <c>value</c>) first, as a card action; else typed text.</summary>
    public static Turn FromMessage(Activity activity)
    {
        if (activity.Value is JsonObject value)
        {
            return CardAction(activity, value, verb: null);
        }

        var text = MentionStripper.Strip(activity.Text, activity.Entities, activity.Recipient) ?? string.Empty;
        return new Turn(TurnKind.Message, SpeakerOf(activity), text, null, null, TeamsFields.ConversationKind(activity));
    }

    public static Turn Installed(Activity activity) =>
        new(TurnKind.Installed, SpeakerOf(activity), null, null, null, TeamsFields.ConversationKind(activity));

    /// <summary>A card action; the verb is the action's own, else <c>data.verb</c> (verb is optional on the wire, §8.1).</summary>
    public static Turn CardAction(Activity activity, JsonObject? data, string? verb)
    {
        var copy = data?.DeepClone() as JsonObject;
        var effectiveVerb = string.IsNullOrEmpty(verb) ? JsonRead.String(copy?["verb"]) : verb;
        return new Turn(TurnKind.CardAction, SpeakerOf(activity), null, copy, effectiveVerb, TeamsFields.ConversationKind(activity));
    }

    /// <summary>A message action: the verb is its command id (<c>logCompliment</c>, <c>createCase</c>), the text the chat
    /// message's, and the data what else the message says about itself (<c>messageId</c>, <c>postedAt</c>, <c>author</c>).</summary>
    public static Turn MessageAction(Activity activity, string messageText)
    {
        var value = activity.Value as JsonObject;
        var payload = value?["messagePayload"] as JsonObject;
        var data = new JsonObject
        {
            ["messageId"] = JsonRead.String(payload?["id"]),
            ["postedAt"] = JsonRead.String(payload?["createdDateTime"]),
            ["author"] = JsonRead.String(((payload?["from"] as JsonObject)?["user"] as JsonObject)?["displayName"]),
        };
        return new(TurnKind.MessageAction, SpeakerOf(activity), messageText, data, JsonRead.String(value?["commandId"]), TeamsFields.ConversationKind(activity));
    }

    public static Speaker SpeakerOf(Activity activity) =>
        new(activity.From?.Id ?? string.Empty, NullIfEmpty(activity.From?.AadObjectId), NullIfEmpty(activity.From?.Name));

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
