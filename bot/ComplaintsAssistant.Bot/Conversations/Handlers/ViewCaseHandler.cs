using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.UseCases;

namespace ComplaintsAssistant.Bot.Conversations.Handlers;

/// <summary>"case CC-2026-0042", a View button (by id) or the help card's reference box.</summary>
public sealed class ViewCaseHandler(CaseService cases, CaseCards cards) : IVerbHandler
{
    public string Verb => Verbs.ViewCase;

    public async Task<TurnReply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        Result<CaseView> found;
        if (Guid.TryParse(values["caseId"], out var id)) found = await cases.GetAsync(context.Actor, id, cancellationToken);
        else if (values["reference"] is { } reference) found = await cases.FindAsync(context.Actor, reference, cancellationToken);
        else return Replies.NewCard(NoticeCard.Build("Which case?", "Type **case** and the reference, e.g. **case CC-2026-0042**."));

        if (found.Error is { } error)
            return Replies.NewCard(NoticeCard.Build("Case not found", $"{error.Message} Check the reference, or ask your complaints team if you should see it.", problem: true));

        var view = found.Value;
        return Replies.Show(context, cards.Build(context.Actor, view), $"{view.Case.Reference}: {view.DueInWords ?? Cards.Words.Kind(view.Case.Kind)}");
    }
}
