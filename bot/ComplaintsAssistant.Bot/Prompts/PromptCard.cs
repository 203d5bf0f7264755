using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Deadlines;

namespace ComplaintsAssistant.Bot.Prompts;

/// <summary>A deadline prompt: what is due, when and why then, above the case card the recipient would see, whose
/// buttons (Acknowledge, Record the response, Extend, Reassign…) are the case card's own, so a click goes through the same
/// handlers as any other and updates this card in place; a click on an old card for a case that moved on is refused there.
/// <c>refresh</c> with the recipient's id: someone it is forwarded to sees their own view of the case.</summary>
public static class PromptCard
{
    /// <param name="snooze">The Snooze sub-form, or null when not offered (not a reminder before the due date, not the
    /// owner's, or already snoozed).</param>
    public static JsonObject Build(Prompt prompt, string recipient, string explanation, JsonObject caseCard, SnoozeForm? snooze = null)
    {
        var card = (JsonObject)caseCard.DeepClone();
        var body = (JsonArray)card["body"]!;
        var header = new List<JsonNode>
        {
            Elements.Subheading(Sentences.Capital(Headline(prompt))),
            Elements.Text($"Why then: {explanation}.", subtle: true),
        };
        if (snooze is not null) header.Add(snooze.Build(prompt));
        for (var i = header.Count - 1; i >= 0; i--) body.Insert(0, header[i]);
        card["refresh"] = new JsonObject
        {
            ["action"] = CardActions.Execute("Refresh", Verbs.ViewCase, new JsonObject { ["caseId"] = prompt.CaseId.ToString(), ["inPlace"] = "true" }),
            ["userIds"] = new JsonArray(recipient),
        };
        return card;
    }

    /// <summary>"the stage 1 response for CC-2026-0001 is due today (Monday 20 April)".</summary>
    public static string Headline(Prompt prompt)
    {
        var what = prompt.Due.Clock switch
        {
            PromptClock.Acknowledgement => $"the acknowledgement of {prompt.Reference}",
            PromptClock.Response => $"the stage {prompt.Due.Item} response for {prompt.Reference}",
            PromptClock.PanelHearing => $"the review panel for {prompt.Reference}",
            PromptClock.PanelRecommendations => $"the panel's recommendations for {prompt.Reference}",
            PromptClock.Decision => $"the council's decision on {prompt.Reference}",
            _ => $"learning action {prompt.Due.Item} from {prompt.Reference}",
        };
        var when = prompt.Audience == PromptAudience.Manager
            ? $"{prompt.Threshold} working days overdue (due {UkDate.InWords(prompt.Due.DueOn)}); you are told as the owner's manager"
            : $"{prompt.WhenInWords} ({UkDate.InWords(prompt.Due.DueOn)})";
        return $"{what} is {when}";
    }
}
