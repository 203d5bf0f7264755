using System.Globalization;
using ComplaintsAssistant.Bot.Access;
using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Bot.Prompts;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Deadlines;
using ComplaintsAssistant.Core.UseCases;
using Microsoft.Extensions.Logging;

namespace ComplaintsAssistant.Bot.Conversations.Handlers;

/// <summary>Snooze on a prompt card: core checks the day and keeps the snooze; the card is redrawn in place saying until
/// when and by whom, or with the form open, what was typed and why it was refused. A second click, or a click on a card
/// whose deadline has moved on, changes nothing and says why.</summary>
public sealed class SnoozeHandler(
    CaseService cases, CaseCards cards, PromptCards promptCards, PromptSnoozes snoozes, ActorDirectory people, TimeProvider time, ILogger<SnoozeHandler> logger)
    : IVerbHandler
{
    public string Verb => Verbs.SnoozePrompt;

    public async Task<TurnReply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        var found = Guid.TryParse(values["caseId"], out var caseId) ? await cases.GetAsync(context.Actor, caseId, cancellationToken) : default;
        if (found.Error is not null || found.Value is null)
            return Replies.NewCard(NoticeCard.Build("Case not found", found.Error?.Message ?? "This card doesn't say which case it is about. Open the case again.", problem: true));
        var view = found.Value;

        if (PromptOn(view, values) is not { } prompt)
        {
            const string moved = "This prompt is out of date: the deadline has been met, moved or reassigned since. Nothing was snoozed.";
            return Replies.InPlace(cards.Build(context.Actor, view, new CardNotice(moved, true)), $"{view.Case.Reference}: {moved}");
        }

        var form = new FormReader(values, SnoozeForm.Prefix);
        var until = form.Date(PromptSnoozes.Field, "the day to snooze until");
        var typed = values[SnoozeForm.Prefix + PromptSnoozes.Field];
        if (form.Errors.Count > 0) return Redraw(context, view, prompt, null, typed, form.Errors);

        var snoozed = await snoozes.SnoozeAsync(prompt, until, context.Actor.Id, time.GetUtcNow(), cancellationToken);
        if (snoozed.Error is { Field: not null } invalid)
            return Redraw(context, view, prompt, null, typed, FieldErrors.From(invalid, SnoozeForm.Prefix));
        if (snoozed.Error is { } refused)
        {
            logger.Refused(Verb, caseId.ToString(), refused.Rule);
            var why = await snoozes.FindAsync(prompt.CaseId, prompt.Due, cancellationToken) is { } already
                ? $"Already snoozed until {already.UntilInWords} by {people.NameOf(already.By)}; nothing changed."
                : refused.Message;
            return Redraw(context, view, prompt, new CardNotice(why, true));
        }

        logger.Changed(Verb, view.Case.Reference);
        return Redraw(context, view, prompt,
            new CardNotice($"Snoozed until {snoozed.Value.UntilInWords} by {people.NameOf(context.Actor.Id)}: no reminder before then.", false));
    }

    private TurnReply Redraw(TurnContext context, CaseView view, Prompt prompt, CardNotice? notice, string? typed = null, IReadOnlyList<FieldError>? errors = null)
    {
        var card = promptCards.Build(context.Actor, view, prompt, notice, offerSnooze: notice is null, typed, errors);
        return Replies.InPlace(card, $"{view.Case.Reference}: {notice?.Text ?? FormErrors.Summary("Not snoozed", errors ?? [])}");
    }

    /// <summary>The prompt the button was on, if its deadline still runs as it did then.</summary>
    private Prompt? PromptOn(CaseView view, FormValues values)
    {
        var threshold = int.TryParse(values["threshold"], CultureInfo.InvariantCulture, out var t) ? t : -1;
        return DueClock.On(Case.Restore(view.Case), cases.Rules)
            .Where(d => d.Clock.ToString() == values["clock"] && d.Item.ToString(CultureInfo.InvariantCulture) == values["item"]
                && d.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == values["dueOn"])
            .Select(d => new Prompt(view.Case.Id, view.Case.Reference, view.Case.Kind, d, threshold, PromptAudience.Owner))
            .FirstOrDefault();
    }
}
