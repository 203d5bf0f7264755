using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;

/// <summary>A fake clock that says when code starts waiting on it, and for how long: a test advances it exactly then,
/// instead of pausing in the hope that the code has got there.</summary>
internal sealed class TimerSignallingClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly global::System.Threading.Channels.Channel<TimeSpan> _scheduled = global::System.Threading.Channels.Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _scheduled.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>The due time of the next timer created (in order of creation).</summary>
    public Task<TimeSpan> NextTimerAsync() => _scheduled.Reader.ReadAsync().AsTask().WithinHangLimit();
}
