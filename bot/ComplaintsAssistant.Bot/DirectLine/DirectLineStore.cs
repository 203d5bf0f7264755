using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace ComplaintsAssistant.Bot.DirectLine;

/// <summary>Local Direct Line conversations, in memory. Each token is bound to one conversation. Local development mode
/// only (one instance on loopback): never shared between instances, and not meant to be.</summary>
public sealed class DirectLineStore
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _byId = new(StringComparer.Ordinal);

    public DirectLineConversation Create(string userId, string? userName)
    {
        var conversation = new DirectLineConversation(
            "dl-" + RandomId(12), RandomId(32), userId, userName);
        _byId[conversation.Id] = conversation;
        return conversation;
    }

    /// <summary>The conversation, only if the bearer token is the one issued for it.</summary>
    public DirectLineConversation? Find(string conversationId, string? token) =>
        _byId.TryGetValue(conversationId, out var conversation) && token is not null
            && CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(conversation.Token), System.Text.Encoding.UTF8.GetBytes(token))
            ? conversation
            : null;

    /// <summary>Every try-out chat open as <paramref name="userId"/> (a persona), for the bot to speak first in.</summary>
    public IReadOnlyList<DirectLineConversation> ForUser(string userId) =>
        _byId.Values.Where(conversation => string.Equals(conversation.UserId, userId, StringComparison.OrdinalIgnoreCase)).ToList();

    public DirectLineConversation? FindByToken(string? token) =>
        token is null ? null : _byId.Values.FirstOrDefault(conversation => conversation.Token == token);

    private static string RandomId(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
