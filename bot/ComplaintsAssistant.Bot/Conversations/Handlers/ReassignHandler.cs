using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Core.UseCases;
using Microsoft.Extensions.Logging;

namespace ComplaintsAssistant.Bot.Conversations.Handlers;

public sealed class ReassignHandler(CaseService cases, CaseCards cards, People people, ILogger<ReassignHandler> logger) : CaseChangeHandler(cases, cards, logger)
{
    public override string Verb => Verbs.Reassign;
    protected override string Prefix => "reassign.";

    protected override CaseCommand Read(FormReader form, DateOnly today) => new Reassign(form.Text("owner"));

    protected override string Done(CaseView view) =>
        $"{view.Case.Reference} is now with {people.NameOf(view.Case.Stages.Count > 0 ? view.Case.Stages[^1].Owner : null)}.";
}
