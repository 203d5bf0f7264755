using ComplaintsAssistant.Bot.Channel;
using ComplaintsAssistant.Bot.Channel.Connector;
using ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAssistant.Bot.Tests.Channel;

/// <summary>The council is told before the bot's client secret stops working, not after the bot has gone quiet.</summary>
public sealed class SecretExpiryTests
{
    // Tuesday 1 December 2026, 23:30 in London (GMT): the days left are counted from the UK date.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 23, 30, 0, TimeSpan.Zero));

    private SecretExpiry Expiry(string? expiresOn, string? appId = "00000000-0000-0000-0000-00000000000c") => new(Options.Create(new ChannelOptions
    {
        AppId = appId,
        AppPassword = "x",
        AppPasswordExpiresOn = expiresOn is null ? null : DateOnly.Parse(expiresOn, System.Globalization.CultureInfo.InvariantCulture),
    }), _time);

    [Fact]
    public void MoreThanThirtyDaysAheadSaysNothing() => Assert.Null(Expiry("2027-01-01").Warning());

    [Theory]
    [InlineData("2026-12-31", "expires on Thursday 31 December 2026 (in 30 days)")]
    [InlineData("2026-12-02", "expires on Wednesday 2 December 2026 (in 1 day)")]
    public void WithinThirtyDaysItSaysWhenAndWhatToDo(string expiresOn, string expected)
    {
        var warning = Expiry(expiresOn).Warning();

        Assert.Contains(expected, warning);
        Assert.Contains("docs/deployment.md › Renew the bot's secret", warning);
    }

    [Theory]
    [InlineData("2026-12-01")]
    [InlineData("2026-06-01")]
    public void OnTheDayOrAfterItSaysTheBotCantWork(string expiresOn) =>
        Assert.Contains("expired on", Expiry(expiresOn).Warning());

    [Fact]
    public void LocalDevelopmentModeHasNoSecret() => Assert.Null(Expiry("2026-12-02", appId: null).Warning());

    [Fact]
    public async Task TheHostLogsTheWarningAtStartUpAndAgainEachDay()
    {
        var options = Options.Create(new ChannelOptions { AppId = "app", AppPassword = "x", AppPasswordExpiresOn = new DateOnly(2026, 12, 10) });
        var logger = new SignallingLogger();
        using var check = new SecretExpiryCheck(new SecretExpiry(options, _time), options, _time, logger);

        await check.StartAsync(CancellationToken.None);
        Assert.Contains("(in 9 days)", await logger.NextAsync());
        _time.Advance(TimeSpan.FromDays(1));
        Assert.Contains("(in 8 days)", await logger.NextAsync());
        await check.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task WithoutTheDateTheHostSaysNobodyWillBeWarned()
    {
        var options = Options.Create(new ChannelOptions { AppId = "app", AppPassword = "x" });
        var logger = new SignallingLogger();
        using var check = new SecretExpiryCheck(new SecretExpiry(options, _time), options, _time, logger);

        await check.StartAsync(CancellationToken.None);

        Assert.Contains("Bot:AppPasswordExpiresOn is not set", await logger.NextAsync());
    }

    private sealed class SignallingLogger : ILogger<SecretExpiryCheck>
    {
        private readonly System.Threading.Channels.Channel<string> _lines = System.Threading.Channels.Channel.CreateUnbounded<string>();

        public Task<string> NextAsync() => _lines.Reader.ReadAsync().AsTask().WithinHangLimit();

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _lines.Writer.TryWrite(formatter(state, exception));
    }
}
