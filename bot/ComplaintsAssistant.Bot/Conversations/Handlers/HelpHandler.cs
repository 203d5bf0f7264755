using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Bot.Hosting;
using ComplaintsAssistant.Core.Access;

namespace ComplaintsAssistant.Bot.Conversations.Handlers;

/// <summary>"help", and the welcome on install. A complaints officer (or anyone, while the council has none) also sees
/// what the council hasn't set up yet, and where to set it.</summary>
public sealed class HelpHandler(CouncilReadiness readiness) : IVerbHandler
{
    public string Verb => Verbs.Help;

    public Task<TurnReply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var canFix = context.Actor.Role == Role.ComplaintsOfficer || readiness.ComplaintsOfficers() == 0;
        var gaps = canFix ? readiness.Gaps() : [];
        return Task.FromResult(Replies.NewCard(HelpCard.Build(context.Actor.Name, welcome: context.Values["welcome"] == "true", gaps)));
    }
}
