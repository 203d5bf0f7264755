using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Channel.Connector;

/// <summary>
/// Teams allows a bot 7 sends per second per conversation (bot-protocol.md §3.5). A lock-free
/// generic cell rate algorithm per conversation: a burst of N goes at once, then one every 1/N s.
/// A caller is told how long to wait; nothing is dropped.
/// </summary>
public sealed class ConversationRateLimiter
{
    private readonly ConcurrentDictionary<string, StrongBox<long>> _theoreticalArrival = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly long _interval;
    private readonly long _tolerance;

    public ConversationRateLimiter(TimeProvider time, IOptions<ChannelOptions> options)
    {
        _time = time;
        var perSecond = options.Value.Connector.MessagesPerSecondPerConversation;
        _interval = TimeSpan.TicksPerSecond / perSecond;
        _tolerance = _interval * (perSecond - 1);
    }

    public ValueTask WaitAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var delay = Reserve(conversationKey);
        return delay == TimeSpan.Zero ? ValueTask.CompletedTask : new ValueTask(Task.Delay(delay, _time, cancellationToken));
    }

    /// <summary>Takes the next slot and returns how long until it is due.</summary>
    public TimeSpan Reserve(string conversationKey)
    {
        var now = _time.GetUtcNow().UtcTicks;
        var cell = _theoreticalArrival.GetOrAdd(conversationKey, static _ => new StrongBox<long>(0));
        while (true)
        {
            var arrival = Volatile.Read(ref cell.Value);
            var start = Math.Max(arrival, now);
            if (Interlocked.CompareExchange(ref cell.Value, start + _interval, arrival) == arrival)
            {
                PruneOccasionally(now);
                var due = start - _tolerance;
                return due > now ? TimeSpan.FromTicks(due - now) : TimeSpan.Zero;
            }
        }
    }

    private void PruneOccasionally(long now)
    {
        if (_theoreticalArrival.Count < 10_000)
        {
            return;
        }

        foreach (var entry in _theoreticalArrival)
        {
            if (Volatile.Read(ref entry.Value.Value) < now)
            {
                _theoreticalArrival.TryRemove(entry);
            }
        }
    }
}
