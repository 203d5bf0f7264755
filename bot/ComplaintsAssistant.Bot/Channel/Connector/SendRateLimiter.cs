using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace ComplaintsAssistant.Bot.Channel.Connector;

/// <summary>
/// N sends per second per key (a conversation, a tenant: bot-protocol.md §3.5). A lock-free
/// generic cell rate algorithm per key: a burst of N goes at once, then one every 1/N s.
/// A caller is told how long to wait; nothing is dropped.
/// </summary>
public sealed class SendRateLimiter
{
    private readonly ConcurrentDictionary<string, StrongBox<long>> _theoreticalArrival = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly long _interval;
    private readonly long _tolerance;

    public SendRateLimiter(TimeProvider time, int perSecond)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perSecond, 1);
        _time = time;
        _interval = TimeSpan.TicksPerSecond / perSecond;
        _tolerance = _interval * (perSecond - 1);
    }

    public ValueTask WaitAsync(string key, CancellationToken cancellationToken)
    {
        var delay = Reserve(key);
        return delay == TimeSpan.Zero ? ValueTask.CompletedTask : new ValueTask(Task.Delay(delay, _time, cancellationToken));
    }

    /// <summary>Takes the next slot and returns how long until it is due.</summary>
    public TimeSpan Reserve(string key)
    {
        var now = _time.GetUtcNow().UtcTicks;
        var cell = _theoreticalArrival.GetOrAdd(key, static _ => new StrongBox<long>(0));
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
