using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Bot.Channel.References;

/// <summary>Conversation references kept in the case store, so proactive messages work after a restart and
/// from any instance. Every inbound activity saves its reference on the ack path, so saving only updates
/// memory: the store is written behind, in the background, and only when the reference we would use for that
/// user actually changes. Reads are served from memory once seen; pending writes are flushed on shutdown.
/// The store is opened when first needed, not at start-up, so the host starts listening without waiting for it.</summary>
public sealed partial class StoredConversationReferences(Func<IConversationStore> openStore, ILogger<StoredConversationReferences> logger)
    : BackgroundService, IConversationReferenceStore
{
    private readonly Lazy<IConversationStore> _store = new(openStore);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly InMemoryConversationReferenceStore _memory = new();
    private readonly ConcurrentDictionary<string, ConversationReference> _queued = new(StringComparer.OrdinalIgnoreCase);
    private readonly System.Threading.Channels.Channel<(string Key, ConversationReference Reference)> _pending =
        System.Threading.Channels.Channel.CreateUnbounded<(string, ConversationReference)>(new UnboundedChannelOptions { SingleReader = true });

    public async ValueTask SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        await _memory.SaveAsync(reference, cancellationToken);
        Queue(UserKey(reference.User.Id), await _memory.FindByChannelUserIdAsync(reference.User.Id, cancellationToken));
        if (!string.IsNullOrEmpty(reference.User.AadObjectId))
            Queue(ObjectKey(reference.User.AadObjectId), await _memory.FindByUserObjectIdAsync(reference.User.AadObjectId, cancellationToken));
    }

    public async ValueTask<ConversationReference?> FindByUserObjectIdAsync(string aadObjectId, CancellationToken cancellationToken) =>
        await _memory.FindByUserObjectIdAsync(aadObjectId, cancellationToken) ?? await LoadAsync(ObjectKey(aadObjectId), cancellationToken);

    public async ValueTask<ConversationReference?> FindByChannelUserIdAsync(string channelUserId, CancellationToken cancellationToken) =>
        await _memory.FindByChannelUserIdAsync(channelUserId, cancellationToken) ?? await LoadAsync(UserKey(channelUserId), cancellationToken);

    /// <summary>Writes until the queue is completed at shutdown (not cancelled), so nothing queued is lost.</summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (key, reference) in _pending.Reader.ReadAllAsync(CancellationToken.None))
        {
            try
            {
                await _store.Value.SaveAsync(key, JsonSerializer.Serialize(reference, Json), CancellationToken.None);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Forget it was queued so the next activity from this user tries again.
                _queued.TryRemove(new KeyValuePair<string, ConversationReference>(key, reference));
                LogWriteFailed(logger, e.GetType().Name);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _pending.Writer.TryComplete();
        if (ExecuteTask is { } writing) await writing.WaitAsync(cancellationToken);
        await base.StopAsync(cancellationToken);
    }

    private void Queue(string key, ConversationReference? current)
    {
        if (current is null || (_queued.TryGetValue(key, out var last) && last == current)) return;
        _queued[key] = current;
        _pending.Writer.TryWrite((key, current));
    }

    private async ValueTask<ConversationReference?> LoadAsync(string key, CancellationToken cancellationToken)
    {
        var json = await _store.Value.GetAsync(key, cancellationToken);
        if (json is null) return null;
        var reference = JsonSerializer.Deserialize<ConversationReference>(json, Json);
        if (reference is not null)
        {
            _queued.TryAdd(key, reference);
            await _memory.SaveAsync(reference, cancellationToken);
        }
        return reference;
    }

    private static string ObjectKey(string aadObjectId) => $"aad:{aadObjectId}";

    private static string UserKey(string channelUserId) => $"user:{channelUserId}";

    [LoggerMessage(EventId = 3014, Level = LogLevel.Warning, Message = "Could not store a conversation reference ({ExceptionType}); it will be retried on the user's next message")]
    private static partial void LogWriteFailed(ILogger logger, string exceptionType);
}
