namespace ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;

/// <summary>Polls a condition, up to <see cref="HangGuard.Limit"/>. Prefer a signal (<see cref="ChannelTestHost.WhenIdleAsync"/>,
/// <see cref="FakeConnectorServer.WaitForAsync"/>); this is left for the inbound auth tests, which the channel auth work owns.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > HangGuard.Limit)
            {
                throw new TimeoutException("The condition did not become true in time.");
            }

            await Task.Delay(50);
        }
    }
}
