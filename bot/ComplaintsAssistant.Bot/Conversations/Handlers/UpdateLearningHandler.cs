using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Core.Learning;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.UseCases;
using Microsoft.Extensions.Logging;

namespace ComplaintsAssistant.Bot.Conversations.Handlers;

/// <summary>Moves a learning action on (status, review note) and redraws the list in place.</summary>
public sealed class UpdateLearningHandler(CaseService cases, People people, ILogger<UpdateLearningHandler> logger) : IVerbHandler
{
    public string Verb => Verbs.UpdateLearning;

    public async Task<TurnReply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        var item = values["item"] ?? "";
        var form = new FormReader(values, item.Length > 0 ? item + "." : "");
        var status = form.Choice<LearningStatus>("status", "the status");
        var note = form.OptionalText("reviewNote");
        CardNotice notice;
        if (!Guid.TryParse(values["caseId"], out var caseId) || !int.TryParse(values["number"], out var number))
            notice = new CardNotice("That learning action could not be found: refresh the list.", Problem: true);
        else if (form.Errors.Count > 0)
            notice = new CardNotice(FormErrors.Summary("Not saved", form.Errors), Problem: true);
        else
        {
            var changed = await cases.ChangeAsync(context.Actor, caseId, null, new UpdateLearningAction(number, status, note), cancellationToken);
            if (changed.Error is { } error)
            {
                logger.Refused(Verb, caseId.ToString(), error.Rule);
                notice = new CardNotice($"Not saved: {error.Message}", Problem: true);
            }
            else
            {
                logger.Changed(Verb, changed.Value.Case.Reference);
                notice = new CardNotice($"Saved: {changed.Value.Case.Reference} action {number} is now {Words.Of(status).ToLowerInvariant()}.", Problem: false);
            }
        }

        var entries = await cases.ListLearningAsync(context.Actor, new LearningQuery(OpenOnly: true), cancellationToken);
        return Replies.InPlace(LearningListCard.Build(entries, LearningListHandler.Scope(context), people.NameOf, notice), notice.Text);
    }
}
