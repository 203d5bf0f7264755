using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Bot.Cards.Forms;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.UseCases;
using Microsoft.Extensions.Logging;

namespace ComplaintsAssistant.Bot.Conversations.Handlers;

/// <summary>A log form's submit: read the form into a <see cref="NewCase"/>, let core log it, then show the confirmation,
/// or the same form with the user's values and every rule that stopped it, each beside its input.</summary>
public abstract class LogHandler(CaseService cases, People people, ILogger logger) : IVerbHandler
{
    public abstract string Verb { get; }

    protected abstract NewCase Read(FormReader form, FormOptions options);

    protected abstract JsonObject Form(FormOptions options, FormValues values, IReadOnlyList<FieldError> errors);

    public async Task<TurnReply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var options = people.FormOptions(context.Actor);
        var values = context.Values;
        var form = new FormReader(values);
        var input = Read(form, options);
        if (form.Errors.Count > 0)
        {
            // Core still says what else is wrong, so everything to put right shows at once.
            var ruled = await cases.CheckNewCaseAsync(input, cancellationToken);
            return Refused(options, values, FieldErrors.Merge(form.Errors, ruled is null ? [] : FieldErrors.From(ruled)));
        }

        if (values["formId"] is { } formId) input = input with { IntakeKey = $"bot-form:{formId}" };
        var logged = await cases.LogAsync(context.Actor, input, cancellationToken);
        if (logged.Error is { } error)
        {
            logger.LogRefused(error.Rule);
            return Refused(options, values, FieldErrors.From(error));
        }

        var (view, _, alreadyLogged) = logged.Value;
        logger.Logged(view.Case.Reference, logged.Value.Created);
        var card = LoggedCard.Build(view, people.NameOf(view.Case.Stages.Count > 0 ? view.Case.Stages[^1].Owner : null), alreadyLogged);
        // From a dialog the confirmation goes into the chat and the dialog closes; otherwise it replaces the form.
        return values["dialog"] == "true" ? Replies.NewCard(card) : Replies.InPlace(card, alreadyLogged ?? LoggedCard.Summary(view));
    }

    private TurnReply Refused(FormOptions options, FormValues values, IReadOnlyList<FieldError> errors) =>
        Replies.InPlace(Form(options, values, errors), FormErrors.Summary("Not logged yet", errors));
}
