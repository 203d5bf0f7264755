using ComplaintsAssistant.Bot.Cards;

namespace ComplaintsAssistant.Bot.Conversations.Handlers;

/// <summary>"help", and the welcome on install.</summary>
public sealed class HelpHandler : IVerbHandler
{
    public string Verb => Verbs.Help;

    public Task<TurnReply> HandleAsync(TurnContext context, CancellationToken cancellationToken) =>
        Task.FromResult(Replies.NewCard(HelpCard.Build(context.Actor.Name, welcome: context.Values["welcome"] == "true")));
}
