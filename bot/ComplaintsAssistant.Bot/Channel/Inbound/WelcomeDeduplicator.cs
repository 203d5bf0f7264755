using System.Collections.Concurrent;

namespace ComplaintsAssistant.Bot.Channel.Inbound;

/// <summary>
/// Install arrives as a pair (installationUpdate + conversationUpdate, same timestamp, §8.8):
/// only the first within the window, per conversation, says hello.
/// </summary>
public sealed class WelcomeDeduplicator(TimeProvider time, Microsoft.Extensions.Options.IOptions<ChannelOptions> options)
{
    private readonly ConcurrentDictionary<string, long> _lastWelcome = new(StringComparer.Ordinal);
    private readonly long _windowTicks = options.Value.WelcomeDedupeWindow.Ticks;

    public bool ShouldWelcome(string conversationId)
    {
        var now = time.GetUtcNow().UtcTicks;
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
