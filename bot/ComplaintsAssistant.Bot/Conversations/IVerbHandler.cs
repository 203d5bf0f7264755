namespace ComplaintsAssistant.Bot.Conversations;

/// <summary>One command or card action. A typed command and its button share the verb, so they share the handler.</summary>
public interface IVerbHandler
{
    string Verb { get; }

    Task<TurnReply> HandleAsync(TurnContext context, CancellationToken cancellationToken);
}
