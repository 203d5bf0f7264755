namespace ComplaintsAssistant.Bot.Hosting;

/// <summary>For background work that must not race a host's start-up (a bad setting stopping it), nor its first requests.</summary>
internal static class AfterStart
{
    /// <summary>How long housekeeping (the disposal job, the backfills) waits once the host has started: on two shared cores,
    /// work of its own at start would slow the first reply, and the code it loads would sit in an idle host's memory.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMinutes(1);

    /// <summary>True <see cref="Settle"/> after the host started, on the host's clock, counted from the moment it started (not
    /// from whenever the caller got here); false if it is stopping first, or already gone (ExecuteAsync runs on its own
    /// thread, so a host that failed may be disposed by the time it gets here): then there is nothing to do.</summary>
    public static async Task<bool> SettledAsync(IHostApplicationLifetime lifetime, TimeProvider time, CancellationToken stoppingToken)
    {
        var settled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        ITimer? timer = null;
        try
        {
            using (stoppingToken.Register(() => settled.TrySetResult(false)))
            using (lifetime.ApplicationStarted.Register(() => timer = time.CreateTimer(_ => settled.TrySetResult(true), null, Settle, Timeout.InfiniteTimeSpan)))
                return await settled.Task;
        }
        catch (ObjectDisposedException)
        {
            return false;
        }
        finally
        {
            timer?.Dispose();
        }
    }
}
