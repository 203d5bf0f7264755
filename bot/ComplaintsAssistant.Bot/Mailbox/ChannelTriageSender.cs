using ComplaintsAssistant.Bot.Access;
using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Bot.Conversations;
using ComplaintsAssistant.Bot.Prompts;
using ComplaintsAssistant.Core.Deadlines;
using ComplaintsAssistant.Core.Mailbox;

namespace ComplaintsAssistant.Bot.Mailbox;

/// <summary>Delivers a triage card to a complaints officer the way prompts go (<see cref="ChannelPromptSender"/>), built
/// for them (their team and owner choices) in a scope of its own, as a turn is.</summary>
public sealed class ChannelTriageSender(IServiceScopeFactory scopes, ChannelPromptSender channel) : ITriageSender
{
    public async Task<Delivery> SendAsync(TriageDraft draft, string officer, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var actor = await services.GetRequiredService<ActorDirectory>().ResolveAsync(officer, null, null, cancellationToken);
        if (actor is null) return Delivery.Unreachable("This officer is not set up in Access, so the bot can't show them the email.");
        var people = services.GetRequiredService<People>();
        var card = TriageCard.Build(draft, people.FormOptions(actor), people.NameOf);
        return await channel.DeliverAsync([new OutgoingMessage(null, card)], officer, cancellationToken);
    }
}
