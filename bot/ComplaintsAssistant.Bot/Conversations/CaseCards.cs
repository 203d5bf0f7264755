using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.UseCases;

namespace ComplaintsAssistant.Bot.Conversations;

/// <summary>Builds the case card for a person: which changes to offer is asked of core (permissions, then workflow), never decided here.</summary>
public sealed class CaseCards(People people, CaseService cases)
{
    /// <summary>The changes the case card offers, in the order of its buttons.</summary>
    public static readonly CaseAction[] Offered =
    [
        CaseAction.Acknowledge, CaseAction.RecordResponse, CaseAction.Extend, CaseAction.RequestEscalation, CaseAction.Reassign,
        CaseAction.Withdraw, CaseAction.AddLearningAction,
    ];

    public System.Text.Json.Nodes.JsonObject Build(Actor actor, CaseView view, CardNotice? notice = null, FormValues? values = null, RefusedForm? refused = null)
    {
        var subject = Case.Restore(view.Case);
        var allowed = Offered.Where(a => Permissions.CheckDo(actor, subject, a) is null && Workflow.Check(subject, a) is null).ToHashSet();
        var ombudsman = Permissions.CheckDo(actor, subject, CaseAction.RequestEscalation) is null ? OmbudsmanRoute.Answer(subject) : null;
        return CaseCard.Build(new CaseCardModel(view, people.NameOf(subject.Owner), allowed, people.Owners(actor), cases.Today, notice, values, refused, ombudsman));
    }
}
