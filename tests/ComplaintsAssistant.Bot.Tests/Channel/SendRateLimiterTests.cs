using ComplaintsAssistant.Bot.Channel.Connector;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAssistant.Bot.Tests.Channel;

public sealed class SendRateLimiterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

    private SendRateLimiter Limiter() => new(_time, perSecond: 7);

    [Fact]
    public void SevenGoAtOnceThenOneEverySeventhOfASecond()
    {
        var limiter = Limiter();

        var delays = Enumerable.Range(0, 9).Select(_ => limiter.Reserve("a:1")).ToArray();

        Assert.All(delays[..7], delay => Assert.Equal(TimeSpan.Zero, delay));
        Assert.Equal(TimeSpan.FromTicks(TimeSpan.TicksPerSecond / 7), delays[7]);
        Assert.Equal(TimeSpan.FromTicks(2 * (TimeSpan.TicksPerSecond / 7)), delays[8]);
    }

    [Fact]
    public void ConversationsAreLimitedSeparately()
    {
        var limiter = Limiter();
        for (var i = 0; i < 7; i++)
        {
            limiter.Reserve("a:1");
        }

        Assert.Equal(TimeSpan.Zero, limiter.Reserve("a:2"));
    }

    [Fact]
    public void TheBurstComesBackAfterAQuietSecond()
    {
        var limiter = Limiter();
        for (var i = 0; i < 7; i++)
        {
            limiter.Reserve("a:1");
        }

        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.All(Enumerable.Range(0, 7).Select(_ => limiter.Reserve("a:1")), delay => Assert.Equal(TimeSpan.Zero, delay));
    }
}
