using System.Collections.Concurrent;
using System.Globalization;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Bot.Channel.Inbound;

/// <summary>
/// Install arrives as a pair (installationUpdate + conversationUpdate, same timestamp, §8.8), and with several host
/// instances the two may reach different ones: only the first within the window, per conversation, says hello. Each
/// instance remembers its own welcomes (no store call for the second of a pair it got both of); between instances the
/// store decides, by a key per conversation and window that only one of them can add. A pair that straddles two windows
/// is caught by looking at the previous window's key. If the store can't answer, the bot welcomes: twice beats never.
/// </summary>
public sealed class WelcomeDeduplicator(TimeProvider time, Microsoft.Extensions.Options.IOptions<ChannelOptions> options, IEnumerable<IConversationStore> stores)
{
    private readonly ConcurrentDictionary<string, long> _lastWelcome = new(StringComparer.Ordinal);
    private readonly long _windowTicks = options.Value.WelcomeDedupeWindow.Ticks;
    private readonly IConversationStore? _store = stores.LastOrDefault();

    public async ValueTask<bool> ShouldWelcomeAsync(string conversationId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!ShouldWelcomeHere(conversationId, now.UtcTicks)) return false;
        if (_store is null) return true;
        try
        {
            var window = now.UtcTicks / _windowTicks;
            if (await _store.GetAsync(Key(conversationId, window - 1), cancellationToken) is { } earlier
                && now - DateTimeOffset.Parse(earlier, CultureInfo.InvariantCulture) < options.Value.WelcomeDedupeWindow)
                return false;
            return await _store.AddIfAbsentAsync(Key(conversationId, window), now.ToString("O", CultureInfo.InvariantCulture), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return true;
        }
    }

    private static string Key(string conversationId, long window) => $"welcome|{conversationId}|{window}";

    private bool ShouldWelcomeHere(string conversationId, long now)
    {
        while (true)
        {
            if (_lastWelcome.TryAdd(conversationId, now))
            {
                PruneOccasionally(now);
                return true;
            }

            if (!_lastWelcome.TryGetValue(conversationId, out var last))
            {
                continue;
            }

            if (now - last < _windowTicks)
            {
                return false;
            }

            if (_lastWelcome.TryUpdate(conversationId, now, last))
            {
                return true;
            }
        }
    }

    private void PruneOccasionally(long now)
    {
        if (_lastWelcome.Count < 10_000)
        {
            return;
        }

        foreach (var entry in _lastWelcome)
        {
            if (now - entry.Value >= _windowTicks)
            {
                _lastWelcome.TryRemove(entry);
            }
        }
    }
}
