using ComplaintsAssistant.Bot.Access;
using ComplaintsAssistant.Bot.Conversations;
using ComplaintsAssistant.Core.AccessLog;
using ComplaintsAssistant.Core.Deadlines;
using ComplaintsAssistant.Core.UseCases;

namespace ComplaintsAssistant.Bot.Prompts;

/// <summary>What a prompt says to its recipient: the prompt card over the case as they may see and change it. Each prompt is
/// built in a scope of its own, as a user's turn is, from the same services the conversation handlers use.</summary>
public sealed class PromptMessages(IServiceScopeFactory scopes)
{
    public async Task<IReadOnlyList<OutgoingMessage>?> ForAsync(Prompt prompt, string recipient, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var actor = await services.GetRequiredService<ActorDirectory>().ResolveAsync(recipient, null, null, cancellationToken);
        if (actor is null) return null;
        var view = await services.GetRequiredService<CaseService>().GetAsync(actor with { Through = ReadChannel.DeadlinePrompt }, prompt.CaseId, cancellationToken);
        if (view.Error is not null) return null;
        return [new OutgoingMessage(null, services.GetRequiredService<PromptCards>().Build(actor, view.Value, prompt))];
    }
}
