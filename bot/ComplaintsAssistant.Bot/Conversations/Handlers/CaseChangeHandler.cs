using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.UseCases;
using Microsoft.Extensions.Logging;

namespace ComplaintsAssistant.Bot.Conversations.Handlers;

/// <summary>A button on the case card: read its sub-form into a core command, apply it against the version the card showed
/// (optimistic concurrency), and redraw the case card in place with what happened. A refused sub-form stays open with what
/// was typed and every rule it broke, each beside its input.</summary>
public abstract class CaseChangeHandler(CaseService cases, CaseCards cards, ILogger logger) : IVerbHandler
{
    public abstract string Verb { get; }

    /// <summary>The sub-form's input id prefix, e.g. <c>extend.</c>.</summary>
    protected abstract string Prefix { get; }

    protected abstract CaseCommand Read(FormReader form, DateOnly today);

    /// <summary>What to say when it worked.</summary>
    protected abstract string Done(CaseView view);

    public async Task<TurnReply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        if (!Guid.TryParse(values["caseId"], out var caseId))
            return Replies.NewCard(NoticeCard.Build("Case not found", "This card doesn't say which case it is about. Open the case again.", problem: true));

        var form = new FormReader(values, Prefix);
        var command = Read(form, cases.Today);
        if (form.Errors.Count > 0)
        {
            // Core still says what else is wrong, so everything to put right shows at once.
            var ruled = await cases.CheckChangeAsync(context.Actor, caseId, command, cancellationToken);
            return await RedrawAsync(context, caseId, FieldErrors.Merge(form.Errors, ruled is null ? [] : FieldErrors.From(ruled, Prefix)), null, cancellationToken);
        }

        var changed = await cases.ChangeAsync(context.Actor, caseId, values["version"], command, cancellationToken);
        if (changed.Error is { } error)
        {
            logger.Refused(Verb, caseId.ToString(), error.Rule);
            return error.Kind == ErrorKind.Conflict
                ? await RedrawAsync(context, caseId, [],
                    new CardNotice("Someone else changed this case — here is the latest. Nothing was saved: check it and try again.", true), cancellationToken)
                : await RedrawAsync(context, caseId, FieldErrors.From(error, Prefix), null, cancellationToken);
        }

        var view = changed.Value;
        logger.Changed(Verb, view.Case.Reference);
        var done = Done(view);
        return Replies.InPlace(cards.Build(context.Actor, view, new CardNotice(done, false)), done);
    }

    /// <summary>The latest case with this sub-form open again, keeping what was typed.</summary>
    private async Task<TurnReply> RedrawAsync(TurnContext context, Guid caseId, IReadOnlyList<FieldError> errors, CardNotice? notice,
        CancellationToken cancellationToken)
    {
        var fresh = await cases.GetAsync(context.Actor, caseId, cancellationToken);
        if (fresh.Error is { } gone) return Replies.NewCard(NoticeCard.Build("Case not found", gone.Message, problem: true));
        var card = cards.Build(context.Actor, fresh.Value, notice, context.Values, new RefusedForm(Verb, errors));
        return Replies.InPlace(card, $"{fresh.Value.Case.Reference}: {notice?.Text ?? FormErrors.Summary("Not done", errors)}");
    }
}
