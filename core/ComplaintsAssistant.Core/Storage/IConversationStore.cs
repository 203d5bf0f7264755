namespace ComplaintsAssistant.Core.Storage;

/// <summary>Where the bot keeps, per chat user, how to reach them first (a conversation reference, opaque
/// to core), so deadline prompts survive restarts and work from any instance.</summary>
public interface IConversationStore
{
    Task SaveAsync(string userKey, string reference, CancellationToken cancellationToken = default);

    Task<string?> GetAsync(string userKey, CancellationToken cancellationToken = default);
}
