using System.Net;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Channel;
using ComplaintsAssistant.Bot.Channel.Activities;
using ComplaintsAssistant.Bot.Channel.Connector;
using ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Tests.Channel;

/// <summary>The connector client against a fake connector on loopback; time is fake and advanced when the client starts
/// waiting on it, nothing sleeps.</summary>
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private readonly TimerSignallingClock _time = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
    private readonly CountingTokenProvider _tokens = new();
    private readonly HttpClient _http = new();
    private FakeConnectorServer _connector = null!;
    private ConnectorClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnectorServer.StartAsync();
        var options = Options.Create(new ChannelOptions
        {
            AppId = "test-app-id",
            AppPassword = "x",
            Connector = new ConnectorOptions { AllowLoopbackHttp = true, MaxAttempts = 3 },
        });
        _client = new ConnectorClient(_http, new ServiceUrlPolicy(options), _tokens,
            new ConnectorPacing(_time, options), _time, options, NullLogger<ConnectorClient>.Instance);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _connector.DisposeAsync();
    }

    private static Activity Message(string text) => new() { Type = "message", Text = text };

    [Fact]
    public async Task RetriesA429AfterRetryAfterHasPassed()
    {
        _connector.Script(429, retryAfter: "2");

        var send = _client.SendToConversationAsync(_connector.ServiceUrl, "a:1", "tenant-1", Message("hi"), CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(2), await _time.NextTimerAsync());
        _time.Advance(TimeSpan.FromSeconds(1.9));
        Assert.False(send.IsCompleted);
        Assert.Single(_connector.Requests);

        _time.Advance(TimeSpan.FromSeconds(0.1));
        var result = await send.WithinHangLimit();

        Assert.Equal(2, _connector.Requests.Count);
        Assert.Equal("1", result.Id);
        Assert.All(_connector.Snapshot(), request => Assert.Equal("Bearer bot-token", request.Authorization));
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task RetriesOnlyTheStatusesTeamsNames(int status)
    {
        _connector.Script(status);

        var send = _client.SendToConversationAsync(_connector.ServiceUrl, "a:1", "tenant-1", Message("hi"), CancellationToken.None);
        // No Retry-After: exponential back-off from 1 s, with jitter.
        var backOff = await _time.NextTimerAsync();
        Assert.InRange(backOff, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
        _time.Advance(backOff);

        await send.WithinHangLimit();
        Assert.Equal(2, _connector.Requests.Count);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(500)]
    public async Task DoesNotRetryOtherFailures(int status)
    {
        _connector.Script(status);

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            _client.SendToConversationAsync(_connector.ServiceUrl, "a:1", "tenant-1", Message("hi"), CancellationToken.None));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task GivesUpAfterTheConfiguredAttempts()
    {
        _connector.Script(429, "1");
        _connector.Script(429, "1");
        _connector.Script(429, "1");

        var send = _client.SendToConversationAsync(_connector.ServiceUrl, "a:1", "tenant-1", Message("hi"), CancellationToken.None);
        for (var retry = 1; retry < 3; retry++)
        {
            _time.Advance(await _time.NextTimerAsync());
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(() => send.WithinHangLimit());
        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(3, _connector.Requests.Count);
    }

    [Fact]
    public async Task EscapesIdsAndKeepsTheServiceUrlPath()
    {
        await _client.ReplyToActivityAsync(_connector.ServiceUrl, "19:abc@thread.tacv2;messageid=1759881511856", "tenant-1", "f:1/2?x", Message("hi"), CancellationToken.None);
        await _client.UpdateActivityAsync(_connector.ServiceUrl.TrimEnd('/'), "a:1 b", "tenant-1", "1759", Message("edited"), CancellationToken.None);

        var requests = _connector.Snapshot();
        Assert.Equal("POST", requests[0].Method);
        Assert.Equal("/amer/tenant-1/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1759881511856/activities/f%3A1%2F2%3Fx", requests[0].RawTarget);
        Assert.Equal("PUT", requests[1].Method);
        Assert.Equal("/amer/tenant-1/v3/conversations/a%3A1%20b/activities/1759", requests[1].RawTarget);
        Assert.Equal("edited", (string?)requests[1].Body!["text"]);
    }

    [Fact]
    public async Task CreatesA1To1ConversationWithTheTenant()
    {
        var created = await _client.CreateConversationAsync(_connector.ServiceUrl, new ConversationParameters
        {
            Bot = new ChannelAccount { Id = "28:test-app-id" },
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = "tenant-1",
            ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
        }, CancellationToken.None);

        var request = Assert.Single(_connector.Snapshot());
        Assert.Equal("/amer/tenant-1/v3/conversations", request.RawTarget);
        Assert.Equal("29:user", (string?)request.Body!["members"]![0]!["id"]);
        Assert.Equal("tenant-1", (string?)request.Body["channelData"]!["tenant"]!["id"]);
        Assert.Equal("28:test-app-id", (string?)request.Body["bot"]!["id"]);
        Assert.StartsWith("a:created-", created.Id);
    }

    [Fact]
    public async Task HoldsTheTenantsLimitAcrossConversations()
    {
        // 30 prompts to 30 people go at once; the 31st person's waits its turn, though their chat is quiet.
        for (var person = 1; person <= 30; person++)
        {
            await _client.SendToConversationAsync(_connector.ServiceUrl, $"a:{person}", "tenant-1", Message("prompt"), CancellationToken.None);
        }

        var held = _client.SendToConversationAsync(_connector.ServiceUrl, "a:31", "tenant-1", Message("prompt"), CancellationToken.None);
        var wait = await _time.NextTimerAsync();
        Assert.InRange(wait, TimeSpan.FromMilliseconds(33), TimeSpan.FromMilliseconds(34)); // 1/30 s, in the timer's whole milliseconds
        Assert.Equal(30, _connector.Requests.Count);

        // Another tenant has its own limit.
        await _client.SendToConversationAsync(_connector.ServiceUrl, "a:elsewhere", "tenant-2", Message("prompt"), CancellationToken.None).WithinHangLimit();
        Assert.False(held.IsCompleted);

        _time.Advance(wait);
        await held.WithinHangLimit();
        Assert.Equal(32, _connector.Requests.Count);
    }

    [Theory]
    [InlineData("https://evil.example.com/")]
    [InlineData("https://smba.trafficmanager.net.evil.example.com/")]
    [InlineData("https://evilsmba.trafficmanager.net/")]
    [InlineData("https://user:pass@smba.trafficmanager.net/amer/")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net:8443/amer/")]
    [InlineData("http://10.0.0.1/")]
    [InlineData("not a url")]
    [InlineData("")]
    public async Task RefusesUntrustedServiceUrlsWithoutAskingForAToken(string serviceUrl)
    {
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() =>
            _client.SendToConversationAsync(serviceUrl, "a:1", "tenant-1", Message("hi"), CancellationToken.None));

        Assert.Equal(0, _tokens.Calls);
    }

    private sealed class CountingTokenProvider : IBotTokenProvider
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) =>
            ValueTask.FromResult<string?>(Interlocked.Increment(ref _calls) > 0 ? "bot-token" : null);
    }
}
