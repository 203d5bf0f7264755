using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.UseCases;

namespace ComplaintsAssistant.Bot.Conversations.Handlers;

/// <summary>"learning": open learning actions for the caller's teams (all teams for the complaints team).</summary>
public sealed class LearningListHandler(CaseService cases, People people) : IVerbHandler
{
    public string Verb => Verbs.Learning;

    public async Task<TurnReply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var entries = await cases.ListLearningAsync(context.Actor, new LearningQuery(OpenOnly: true), cancellationToken);
        var card = LearningListCard.Build(entries, Scope(context), people.NameOf);
        return Replies.Show(context, card, $"{entries.Count} open learning action{(entries.Count == 1 ? "" : "s")}.");
    }

    public static string Scope(TurnContext context) => context.Actor.SeesAllTeams ? "all teams" : "your teams";
}
