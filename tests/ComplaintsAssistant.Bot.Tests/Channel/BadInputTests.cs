using System.Net;
using ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;

namespace ComplaintsAssistant.Bot.Tests.Channel;

/// <summary>Bad input gets 4xx, never a 500, and the host keeps serving.</summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private FakeConnectorServer _connector = null!;
    private ChannelTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnectorServer.StartAsync();
        _host = await ChannelTestHost.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    public static TheoryData<string, HttpStatusCode> Bodies => new()
    {
        { "{not json", HttpStatusCode.BadRequest },
        { "", HttpStatusCode.BadRequest },
        { "null", HttpStatusCode.BadRequest },
        { "[]", HttpStatusCode.BadRequest },
        { "{}", HttpStatusCode.BadRequest },
        { """{"type":""}""", HttpStatusCode.BadRequest },
        { """{"type":"message","text":42}""", HttpStatusCode.BadRequest },
        { """{"type":"message","from":"not an object"}""", HttpStatusCode.BadRequest },
        { """{"type":"message","text":"hi"}""", HttpStatusCode.BadRequest },
        { """{"type":"message","text":"hi","conversation":{"id":"a:1"}}""", HttpStatusCode.BadRequest },
        { """{"type":"invoke","serviceUrl":"http://127.0.0.1:9/"}""", HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task MalformedOrIncompleteActivitiesAreRefused(string body, HttpStatusCode expected)
    {
        var response = await _host.PostActivityAsync(body);

        Assert.Equal(expected, response.StatusCode);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task HugeBodyIsRefusedWith413()
    {
        var huge = TeamsFixtures.LoadObject("personal-message.json", _connector.ServiceUrl);
        huge["text"] = new string('x', 300 * 1024);

        var response = await _host.PostActivityAsync(huge.ToJsonString());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_host.Handler.Turns);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task HugeChunkedBodyWithoutLengthIsRefusedWith413()
    {
        var content = new StreamContent(new MemoryStream(new byte[600 * 1024]));
        content.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await _host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task MessageWithNullTextAndNoValueIsAnEmptyMessageTurn()
    {
        var activity = TeamsFixtures.LoadObject("personal-message.json", _connector.ServiceUrl);
        activity.Remove("text");

        var response = await _host.PostActivityAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _host.WhenIdleAsync();
        Assert.Equal(string.Empty, Assert.Single(_host.Handler.Turns).Text);
        Assert.Single(_connector.Snapshot());
    }

    [Fact]
    public async Task GetIsNotAllowed()
    {
        var response = await _host.Http.GetAsync("api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private async Task AssertStillServingAsync()
    {
        var ok = await _host.PostActivityAsync(TeamsFixtures.Load("personal-message.json", _connector.ServiceUrl));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }
}
