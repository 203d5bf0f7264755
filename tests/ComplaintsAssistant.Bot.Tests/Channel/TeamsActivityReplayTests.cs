using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Conversations;
using ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;

namespace ComplaintsAssistant.Bot.Tests.Channel;

/// <summary>Teams-shaped activities through real HTTP; assertions on what the fake connector receives.</summary>
public sealed class TeamsActivityReplayTests : IAsyncLifetime
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

    private Task<HttpResponseMessage> PostFixtureAsync(string name) =>
        _host.PostActivityAsync(TeamsFixtures.Load(name, _connector.ServiceUrl));

    /// <summary>Everything the connector received once every accepted activity has been handled: nothing more is coming.</summary>
    private async Task<IReadOnlyList<RecordedRequest>> SentAsync()
    {
        await _host.WhenIdleAsync();
        return _connector.Snapshot();
    }

    [Fact]
    public async Task PersonalMessageIsAckedThenAnsweredThroughTheConnector()
    {
        var response = await PostFixtureAsync("personal-message.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        var reply = Assert.Single(await SentAsync());
        Assert.Equal("POST", reply.Method);
        Assert.Equal("/amer/tenant-1/v3/conversations/a%3A1Xm3personalConversation/activities/1763633742007", reply.RawTarget);
        Assert.Equal("echo: help", (string?)reply.Body!["text"]);
        Assert.Equal("message", (string?)reply.Body["type"]);
        Assert.Equal("28:test-app-id", (string?)reply.Body["from"]!["id"]);
        Assert.Equal("29:1a2b3c-personal-user", (string?)reply.Body["recipient"]!["id"]);
        Assert.Equal("1763633742007", (string?)reply.Body["replyToId"]);
        Assert.Equal(string.Empty, reply.Authorization);

        var turn = Assert.Single(_host.Handler.Turns);
        Assert.Equal(new Speaker("29:1a2b3c-personal-user", "6f1c2d3e-0000-4000-8000-000000000001", "Sam Carter"), turn.Speaker);
        Assert.Equal("personal", turn.ConversationKind);
    }

    [Fact]
    public async Task ChannelMentionIsStrippedByEntityEvenWhenEntityTextDiffers()
    {
        await PostFixtureAsync("channel-message-mention.json");

        var reply = Assert.Single(await SentAsync());
        var turn = Assert.Single(_host.Handler.Turns);
        Assert.Equal(TurnKind.Message, turn.Kind);
        Assert.Equal("log a compliment for <at>Pranav Smith</at>", turn.Text);
        Assert.Equal("channel", turn.ConversationKind);
        Assert.Equal(
            "/amer/tenant-1/v3/conversations/19%3A7d3f0a8b9c%40thread.tacv2%3Bmessageid%3D1763633000000/activities/1763634001120",
            reply.RawTarget);
    }

    [Fact]
    public async Task NullMentionTextFallsBackToTheBotName()
    {
        await PostFixtureAsync("groupchat-mention-null-text.json");

        Assert.Single(await SentAsync());
        var turn = Assert.Single(_host.Handler.Turns);
        Assert.Equal("my cases", turn.Text);
        Assert.Equal("groupChat", turn.ConversationKind);
        Assert.Null(turn.Speaker.Name);
    }

    [Fact]
    public async Task ActionSubmitMessageWithValueIsACardActionWithTheDataVerb()
    {
        await PostFixtureAsync("action-submit.json");

        var sent = await SentAsync();
        Assert.Equal(2, sent.Count);
        var turn = Assert.Single(_host.Handler.Turns);
        Assert.Equal(TurnKind.CardAction, turn.Kind);
        Assert.Equal("logComplaint", turn.Verb);
        Assert.Null(turn.Text);
        Assert.Equal("Late visit", (string?)turn.Data!["summary"]);
        Assert.Equal("action logComplaint", (string?)sent[^1].Body!["text"]);
    }

    [Fact]
    public async Task ActionSubmitReplacementCardUpdatesTheClickedCardInPlaceThenPostsTheMessages()
    {
        await PostFixtureAsync("action-submit.json");

        var sent = await SentAsync();
        Assert.Equal(2, sent.Count);
        var update = sent[0];
        Assert.Equal("PUT", update.Method);
        Assert.Equal("/amer/tenant-1/v3/conversations/a%3A1Xm3personalConversation/activities/1763633742999", update.RawTarget);
        Assert.Equal("message", (string?)update.Body!["type"]);
        Assert.Equal("1763633742999", (string?)update.Body["id"]);
        Assert.Equal("28:test-app-id", (string?)update.Body["from"]!["id"]);
        Assert.Null(update.Body["text"]);
        var attachment = Assert.Single(update.Body["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal("done logComplaint", (string?)attachment["content"]!["body"]![0]!["text"]);

        Assert.Equal("POST", sent[1].Method);
        Assert.Equal("/amer/tenant-1/v3/conversations/a%3A1Xm3personalConversation/activities/f%3A8a9b7c6d-1111-2222-3333-444455556666", sent[1].RawTarget);
        Assert.Equal("action logComplaint", (string?)sent[1].Body!["text"]);
    }

    [Fact]
    public async Task ReplacementCardUpdateEscapesTheChannelThreadAndCardIds()
    {
        var json = TeamsFixtures.LoadObject("action-submit.json", _connector.ServiceUrl);
        json["conversation"]!["id"] = "19:7d3f0a8b9c@thread.tacv2;messageid=1763633000000";
        json["conversation"]!["conversationType"] = "channel";
        json["replyToId"] = "1:card/1?x#y";
        await _host.PostActivityAsync(json.ToJsonString());

        var sent = await SentAsync();
        Assert.Equal(2, sent.Count);
        Assert.Equal("PUT", sent[0].Method);
        Assert.Equal(
            "/amer/tenant-1/v3/conversations/19%3A7d3f0a8b9c%40thread.tacv2%3Bmessageid%3D1763633000000/activities/1%3Acard%2F1%3Fx%23y",
            sent[0].RawTarget);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(403)]
    public async Task RefusedCardUpdatePostsTheReplacementCardAsANewMessage(int status)
    {
        _connector.Script(status);
        await PostFixtureAsync("action-submit.json");

        var sent = await SentAsync();
        Assert.Equal(3, sent.Count);
        Assert.Equal("PUT", sent[0].Method);
        Assert.Equal("POST", sent[1].Method);
        Assert.Equal("done logComplaint", (string?)sent[1].Body!["attachments"]![0]!["content"]!["body"]![0]!["text"]);
        Assert.Equal("f:8a9b7c6d-1111-2222-3333-444455556666", (string?)sent[1].Body!["replyToId"]);
        Assert.Equal("POST", sent[2].Method);
        Assert.Equal("action logComplaint", (string?)sent[2].Body!["text"]);
    }

    [Fact]
    public async Task ActionSubmitWithoutReplyToIdPostsTheReplacementCardAsANewMessage()
    {
        var json = TeamsFixtures.LoadObject("action-submit.json", _connector.ServiceUrl);
        json.Remove("replyToId");
        await _host.PostActivityAsync(json.ToJsonString());

        var sent = await SentAsync();
        Assert.Equal(2, sent.Count);
        Assert.All(sent, request => Assert.Equal("POST", request.Method));
        Assert.Equal("done logComplaint", (string?)sent[0].Body!["attachments"]![0]!["content"]!["body"]![0]!["text"]);
        Assert.Equal("action logComplaint", (string?)sent[1].Body!["text"]);
    }

    [Fact]
    public async Task AServerErrorOnTheCardUpdateStillPostsTheMessagesButNoDuplicateCard()
    {
        // 500 is not retried and is not a refusal of this update (it may have landed): no second card, but the text still goes.
        _connector.Script(500);
        await PostFixtureAsync("action-submit.json");

        var sent = await SentAsync();
        Assert.Equal(["PUT", "POST"], sent.Select(request => request.Method));
        Assert.Equal("action logComplaint", (string?)sent[1].Body!["text"]);
        Assert.Null(sent[1].Body!["attachments"]);
    }

    [Fact]
    public async Task CardIsSentAsItsOwnActivityAfterTheText()
    {
        var json = TeamsFixtures.LoadObject("personal-message.json", _connector.ServiceUrl);
        json["text"] = "card";
        await _host.PostActivityAsync(json.ToJsonString());

        var sent = await SentAsync();
        Assert.Equal(2, sent.Count);
        Assert.Equal("here is a card", (string?)sent[0].Body!["text"]);
        Assert.Null(sent[0].Body!["attachments"]);
        var attachment = sent[1].Body!["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal("AdaptiveCard", (string?)attachment["content"]!["type"]);
        Assert.Null(sent[1].Body!["text"]);
    }

    [Fact]
    public async Task InstallPairWelcomesOnce()
    {
        var first = PostFixtureAsync("installation-update-add.json");
        var second = PostFixtureAsync("conversation-update-bot-added.json");
        Assert.All(await Task.WhenAll(first, second), response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));

        // A later message in the same conversation is answered after anything queued before it.
        var message = TeamsFixtures.LoadObject("personal-message.json", _connector.ServiceUrl);
        message["conversation"]!["id"] = "a:1Xm3installConversation";
        await _host.PostActivityAsync(message.ToJsonString());

        await SentAsync();
        Assert.Equal(["welcome", "echo: help"], _connector.Texts());
        Assert.Equal(TurnKind.Installed, _host.Handler.Turns.First().Kind);
    }

    [Fact]
    public async Task InstallationUpdateAddUpgradeWelcomes()
    {
        await PostFixtureAsync("installation-update-add-upgrade.json");

        var reply = Assert.Single(await SentAsync());
        Assert.Equal("welcome", (string?)reply.Body!["text"]);
    }

    [Fact]
    public async Task UnknownActivityTypeIsAcknowledgedAndIgnored()
    {
        var response = await PostFixtureAsync("unknown-type.json");
        await PostFixtureAsync("personal-message.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await SentAsync();
        Assert.Equal(["echo: help"], _connector.Texts());
        Assert.Single(_host.Handler.Turns);
    }

    [Fact]
    public async Task TurnsOfOneConversationAreAnsweredInOrder()
    {
        var message = TeamsFixtures.LoadObject("personal-message.json", _connector.ServiceUrl);
        for (var i = 0; i < 30; i++)
        {
            message["text"] = $"m{i}";
            message["id"] = $"id-{i}";
            Assert.Equal(HttpStatusCode.OK, (await _host.PostActivityAsync(message.ToJsonString())).StatusCode);
        }

        await SentAsync();
        Assert.Equal(Enumerable.Range(0, 30).Select(i => $"echo: m{i}"), _connector.Texts());
    }

    [Fact]
    public async Task AFailingHandlerDoesNotStopTheWorkers()
    {
        var message = TeamsFixtures.LoadObject("personal-message.json", _connector.ServiceUrl);
        message["text"] = "boom";
        Assert.Equal(HttpStatusCode.OK, (await _host.PostActivityAsync(message.ToJsonString())).StatusCode);
        await PostFixtureAsync("personal-message.json");

        await SentAsync();
        Assert.Equal(["echo: help"], _connector.Texts());
    }

    [Fact]
    public async Task ConversationReferenceIsStoredFromInboundActivity()
    {
        await PostFixtureAsync("personal-message.json");

        var store = _host.App.Services.GetRequiredService<ComplaintsAssistant.Bot.Channel.References.IConversationReferenceStore>();
        var reference = await store.FindByUserObjectIdAsync("6f1c2d3e-0000-4000-8000-000000000001", CancellationToken.None);
        Assert.NotNull(reference);
        Assert.Equal(_connector.ServiceUrl, reference.ServiceUrl);
        Assert.Equal("a:1Xm3personalConversation", reference.Conversation.Id);
        Assert.Equal("11111111-2222-3333-4444-555555555555", reference.Conversation.TenantId);
        Assert.Equal("personal", reference.Conversation.ConversationType);
        Assert.Equal("29:1a2b3c-personal-user", reference.User.Id);
        Assert.Equal("28:test-app-id", reference.Bot.Id);
        Assert.Equal("msteams", reference.ChannelId);
    }
}
