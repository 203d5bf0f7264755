namespace ComplaintsAssistant.Bot.Hosting;

/// <summary>For background work that must not race a host's start-up (a bad setting stopping it).</summary>
internal static class AfterStart
{
    /// <summary>True once the host has started; false if it is stopping first, or already gone (ExecuteAsync runs on its own
    /// thread, so a host that failed may be disposed by the time it gets here): then there is nothing to do.</summary>
    public static async Task<bool> WaitAsync(IHostApplicationLifetime lifetime, CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
                await started.Task;
            return true;
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            return false;
        }
    }
}
