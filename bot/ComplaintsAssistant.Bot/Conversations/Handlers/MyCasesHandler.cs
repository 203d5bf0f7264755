using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.UseCases;

namespace ComplaintsAssistant.Bot.Conversations.Handlers;

/// <summary>"my cases": the caller's open cases, and for managers and officers their teams' (officers without teams: all).</summary>
public sealed class MyCasesHandler(CaseService cases, People people) : IVerbHandler
{
    private const int Take = 50;

    public string Verb => Verbs.MyCases;

    public async Task<TurnReply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var actor = context.Actor;
        var mine = (await cases.ListAsync(actor, new CaseQuery(OpenOnly: true, Owner: actor.Id, Take: Take), cancellationToken)).Value;
        IReadOnlyList<CaseSummary>? teams = null;
        if (actor.Role != Role.Staff)
        {
            var query = new CaseQuery(OpenOnly: true, Teams: actor.Teams.Count > 0 ? actor.Teams : null, Take: Take);
            var listed = await cases.ListAsync(actor, query, cancellationToken);
            teams = listed.Succeeded ? listed.Value.Where(row => mine.All(m => m.Id != row.Id)).ToArray() : [];
        }
        var card = CaseListCard.Build(mine, teams, cases.Today, people.NameOf);
        return Replies.Show(context, card, $"You have {mine.Count} open case{(mine.Count == 1 ? "" : "s")}.");
    }
}
