using ComplaintsAssistant.Bot.Channel;
using ComplaintsAssistant.Bot.Channel.Auth;
using ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAssistant.Bot.Tests.Channel;

/// <summary>Keys fetched on demand (an unknown key id) against a fake metadata server: waited for, and not more often than
/// the minimum interval, so a flood of made-up key ids can't make the bot hammer the metadata endpoint.</summary>
public sealed class SigningKeySourceTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly HttpClient _http = new();
    private FakeOpenIdServer _openId = null!;

    public async Task InitializeAsync()
    {
        _openId = await FakeOpenIdServer.StartAsync();
        _openId.AddKey("teams-key", ["msteams"]);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _openId.DisposeAsync();
    }

    private SigningKeySource Source() => new(_openId.MetadataUrl, [SigningKeySources.BotFrameworkIssuer], callerAppIds: null, _http,
        new InboundAuthOptions { RequireHttpsMetadata = false, MinimumRefreshInterval = TimeSpan.FromMinutes(5) }, _time);

    [Fact]
    public async Task AKeyAddedSinceTheLastFetchIsThereWhenFetchedNow()
    {
        var source = Source();
        await source.GetAsync(CancellationToken.None);
        _openId.AddKey("rolled-key", ["msteams"]);

        var fetched = await source.FetchNowAsync(CancellationToken.None);

        Assert.Contains(fetched.SigningKeys, key => key.KeyId == "rolled-key");
    }

    [Fact]
    public async Task FetchesOnDemandAtMostOncePerMinimumInterval()
    {
        var source = Source();
        await source.FetchNowAsync(CancellationToken.None);
        var fetches = _openId.KeyFetches;

        await source.FetchNowAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(4));
        await source.FetchNowAsync(CancellationToken.None);
        Assert.Equal(fetches, _openId.KeyFetches);

        _time.Advance(TimeSpan.FromMinutes(1));
        await source.FetchNowAsync(CancellationToken.None);
        Assert.True(_openId.KeyFetches > fetches);
    }
}
