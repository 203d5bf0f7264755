namespace ComplaintsAssistant.Core.Storage;

/// <summary>Where the bot keeps, per chat user, how to reach them first (a conversation reference, opaque
/// to core), so deadline prompts survive restarts and work from any instance; and what every instance of the bot must
/// agree it has done once in a chat.</summary>
public interface IConversationStore
{
    Task SaveAsync(string userKey, string reference, CancellationToken cancellationToken = default);

    Task<string?> GetAsync(string userKey, CancellationToken cancellationToken = default);

    /// <summary>Keeps <paramref name="value"/> under <paramref name="key"/> unless the key has one already. True when this
    /// call kept it: the first of any number of host instances to ask (e.g. to welcome a chat once) gets true.</summary>
    Task<bool> AddIfAbsentAsync(string key, string value, CancellationToken cancellationToken = default);
}
