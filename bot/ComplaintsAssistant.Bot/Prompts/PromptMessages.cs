using ComplaintsAssistant.Bot.Access;
using ComplaintsAssistant.Bot.Conversations;
using ComplaintsAssistant.Core.Deadlines;
using ComplaintsAssistant.Core.UseCases;

namespace ComplaintsAssistant.Bot.Prompts;

/// <summary>What a prompt says to its recipient: the prompt card over the case as they may see and change it.</summary>
public sealed class PromptMessages(ActorDirectory directory, CaseService cases, CaseCards cards)
{
    public async Task<IReadOnlyList<OutgoingMessage>?> ForAsync(Prompt prompt, string recipient, CancellationToken cancellationToken)
    {
        var actor = await directory.ResolveAsync(recipient, null, null, cancellationToken);
        if (actor is null) return null;
        var view = await cases.GetAsync(actor, prompt.CaseId, cancellationToken);
        if (view.Error is not null) return null;
        var explanation = DueExplanation.Of(prompt.Due, cases.Rules.Calendar);
        return [new OutgoingMessage(null, PromptCard.Build(prompt, recipient, explanation, cards.Build(actor, view.Value)))];
    }
}
