using ComplaintsAssistant.Bot.Hosting;
using ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAssistant.Bot.Tests.Hosting;

/// <summary>Housekeeping (the disposal job, the backfills) starts a minute after the host has started, on the host's clock:
/// never before the host is up, still when it is, and not at all when it stops first.</summary>
public sealed class AfterStartTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly ApplicationLifetime _lifetime = new(NullLogger<ApplicationLifetime>.Instance);

    [Fact]
    public async Task HousekeepingWaitsForTheHostToStartAndThenASettlingMinute()
    {
        var settled = AfterStart.SettledAsync(_lifetime, _time, CancellationToken.None);
        _time.Advance(AfterStart.Settle);
        Assert.False(settled.IsCompleted);  // a minute passed, but the host had not started

        _lifetime.NotifyStarted();
        _time.Advance(AfterStart.Settle - TimeSpan.FromSeconds(1));
        Assert.False(settled.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await settled.WithinHangLimit());
    }

    [Fact]
    public async Task AHostStoppingFirstRunsNoHousekeeping()
    {
        using var stopping = new CancellationTokenSource();
        var settled = AfterStart.SettledAsync(_lifetime, _time, stopping.Token);
        _lifetime.NotifyStarted();

        await stopping.CancelAsync();

        Assert.False(await settled.WithinHangLimit());
    }
}
