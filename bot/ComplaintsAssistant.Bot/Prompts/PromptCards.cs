using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Bot.Conversations;
using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Deadlines;
using ComplaintsAssistant.Core.UseCases;

namespace ComplaintsAssistant.Bot.Prompts;

/// <summary>Draws a prompt card over the case as <paramref name="actor"/> may see it, for a prompt sent and for the
/// prompt's own buttons (Snooze) redrawing it in place.</summary>
public sealed class PromptCards(CaseCards cards, CaseService cases, PromptSnoozes snoozes)
{
    /// <param name="offerSnooze">False once snoozed (or refused for good): the button goes.</param>
    public JsonObject Build(Actor actor, CaseView view, Prompt prompt, CardNotice? notice = null, bool offerSnooze = true,
        string? typed = null, IReadOnlyList<FieldError>? errors = null)
    {
        var snooze = offerSnooze && PromptSnoozes.CanSnooze(prompt) && string.Equals(actor.Id, prompt.Due.Owner, StringComparison.OrdinalIgnoreCase)
            ? new SnoozeForm(snoozes.LatestDay(prompt.Due.DueOn, cases.Today), typed, errors)
            : null;
        return PromptCard.Build(prompt, actor.Id, DueExplanation.Of(prompt.Due, cases.Rules.Calendar), cards.Build(actor, view, notice), snooze);
    }
}
