using System.Net;
using ComplaintsAssistant.Bot.Channel;
using ComplaintsAssistant.Bot.Channel.Connector;
using ComplaintsAssistant.Bot.Channel.References;
using ComplaintsAssistant.Bot.Conversations;
using ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Tests.Channel;

/// <summary>The bot writing first (deadline prompts) through a fake connector on loopback: to the chat it knows, or to a
/// personal chat it creates from the person's Entra object id when it has never heard from them.</summary>
public sealed class ProactiveMessengerTests : IAsyncLifetime
{
    private const string ObjectId = "6a1c0d2e-1111-4b5c-9d0e-123456789abc";
    private readonly TimerSignallingClock _time = new(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly HttpClient _http = new();
    private readonly InMemoryConversationReferenceStore _references = new();
    private FakeConnectorServer _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnectorServer.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _connector.DisposeAsync();
    }

    private ProactiveMessenger Messenger(string? tenantId = "tenant-1")
    {
        var options = Options.Create(new ChannelOptions
        {
            AppId = "test-app-id",
            AppPassword = "x",
            TenantId = tenantId,
            Connector = new ConnectorOptions { AllowLoopbackHttp = true, ProactiveServiceUrl = _connector.ServiceUrl },
        });
        var client = new ConnectorClient(_http, new ServiceUrlPolicy(options), new FixedToken(),
            new ConnectorPacing(_time, options), _time, options, NullLogger<ConnectorClient>.Instance);
        return new ProactiveMessenger(_references, client, options);
    }

    private static OutgoingMessage[] Prompt(string text) => [new OutgoingMessage(text)];

    [Fact]
    public async Task SomeoneTheBotHasNeverHeardFromGetsAPersonalChatCreatedFromTheirObjectId()
    {
        var sent = await Messenger().SendToUserAsync(ObjectId, Prompt("CC-2026-0001 is due tomorrow"), CancellationToken.None);

        Assert.True(sent);
        var requests = _connector.Snapshot();
        Assert.Equal(2, requests.Count);
        var create = requests[0];
        Assert.Equal("/amer/tenant-1/v3/conversations", create.RawTarget);
        Assert.Equal(ObjectId, (string?)create.Body!["members"]![0]!["id"]);
        Assert.Equal("28:test-app-id", (string?)create.Body["bot"]!["id"]);
        Assert.Equal("tenant-1", (string?)create.Body["tenantId"]);
        Assert.Equal("tenant-1", (string?)create.Body["channelData"]!["tenant"]!["id"]);
        Assert.Equal("/amer/tenant-1/v3/conversations/a%3Acreated-1/activities", requests[1].RawTarget);
        Assert.Equal("CC-2026-0001 is due tomorrow", (string?)requests[1].Body!["text"]);
    }

    [Fact]
    public async Task TheCreatedChatIsRememberedSoTheNextPromptGoesStraightToIt()
    {
        var messenger = Messenger();
        await messenger.SendToUserAsync(ObjectId, Prompt("first"), CancellationToken.None);
        await messenger.SendToUserAsync(ObjectId, Prompt("second"), CancellationToken.None);

        var requests = _connector.Snapshot();
        Assert.Equal(3, requests.Count);
        Assert.Single(requests, request => request.RawTarget.EndsWith("/v3/conversations", StringComparison.Ordinal));
        Assert.Equal("/amer/tenant-1/v3/conversations/a%3Acreated-1/activities", requests[2].RawTarget);
        var stored = await _references.FindByUserObjectIdAsync(ObjectId, CancellationToken.None);
        Assert.Equal(("a:created-1", "personal"), (stored!.Conversation.Id, stored.Conversation.ConversationType));
    }

    [Fact]
    public async Task WithoutTheBotsTenantThereIsNoWayToStartAChat()
    {
        var sent = await Messenger(tenantId: null).SendToUserAsync(ObjectId, Prompt("due"), CancellationToken.None);

        Assert.False(sent);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task AnAppNotInstalledForThePersonIsRefusedBeforeAnythingIsSent()
    {
        _connector.Script(403);

        var refused = await Assert.ThrowsAsync<ConnectorException>(() =>
            Messenger().SendToUserAsync(ObjectId, Prompt("due"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.True(refused.RefusedToCreateChat);
        Assert.Single(_connector.Requests);
        Assert.Null(await _references.FindByUserObjectIdAsync(ObjectId, CancellationToken.None));
    }

    private sealed class FixedToken : IBotTokenProvider
    {
        public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>("bot-token");
    }
}
