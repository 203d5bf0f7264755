using System.Net;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Channel;
using ComplaintsAssistant.Bot.Conversations;
using ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAssistant.Bot.Tests.Channel;

/// <summary>Invokes are answered in the HTTP response, shaped as Teams requires (bot-protocol.md §1.4, §5). The invoke
/// deadline runs on a fake clock, so a busy machine never turns a quick answer into a timeout.</summary>
public sealed class InvokeTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
    private FakeConnectorServer _connector = null!;
    private ChannelTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnectorServer.StartAsync();
        _host = await ChannelTestHost.StartAsync(services: services => services.AddSingleton<TimeProvider>(_time));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private async Task<(HttpStatusCode Status, JsonObject Body)> InvokeAsync(JsonObject activity)
    {
        var response = await _host.PostActivityAsync(activity.ToJsonString());
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        return (response.StatusCode, body);
    }

    private JsonObject Fixture(string name) => TeamsFixtures.LoadObject(name, _connector.ServiceUrl);

    [Fact]
    public async Task AdaptiveCardActionReturnsTheReplacementCard()
    {
        var (status, body) = await InvokeAsync(Fixture("adaptive-card-action.json"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Equal("done extendCase", (string?)body["value"]!["body"]![0]!["text"]);
        var turn = Assert.Single(_host.Handler.Turns);
        Assert.Equal(TurnKind.CardAction, turn.Kind);
        Assert.Equal("extendCase", turn.Verb);
        Assert.Equal("CSC-2026-0042", (string?)turn.Data!["caseRef"]);

        // The other messages of the reply still reach the conversation.
        await _host.WhenIdleAsync();
        var sent = Assert.Single(_connector.Snapshot());
        Assert.Equal("action extendCase", (string?)sent.Body!["text"]);
    }

    [Fact]
    public async Task InAGroupChatTheNewCardIsAlsoPutForEveryoneElse()
    {
        var activity = Fixture("adaptive-card-action.json");
        activity["conversation"] = new JsonObject { ["conversationType"] = "groupChat", ["id"] = "19:group@thread.v2", ["tenantId"] = "t" };

        var (_, body) = await InvokeAsync(activity);

        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        await _host.WhenIdleAsync();
        var requests = _connector.Snapshot();
        Assert.Equal(2, requests.Count);
        var put = Assert.Single(requests, r => r.Method == "PUT");
        Assert.EndsWith("/v3/conversations/19%3Agroup%40thread.v2/activities/1763633742999", put.RawTarget);
        Assert.Equal("done extendCase", (string?)put.Body!["attachments"]![0]!["content"]!["body"]![0]!["text"]);
    }

    [Fact]
    public async Task InAPersonalChatTheInvokeAnswerIsTheOnlyCardUpdate()
    {
        await InvokeAsync(Fixture("adaptive-card-action.json"));

        await _host.WhenIdleAsync();
        Assert.Equal(["POST"], _connector.Snapshot().Select(r => r.Method));
    }

    [Fact]
    public async Task AdaptiveCardActionWithoutVerbRoutesOnDataVerb()
    {
        var (_, body) = await InvokeAsync(Fixture("adaptive-card-action-no-verb.json"));

        Assert.Equal("done withdrawCase", (string?)body["value"]!["body"]![0]!["text"]);
        Assert.Equal("withdrawCase", Assert.Single(_host.Handler.Turns).Verb);
    }

    [Fact]
    public async Task AdaptiveCardActionWithoutCardAnswersWithAMessage()
    {
        var activity = Fixture("adaptive-card-action.json");
        activity["value"]!["action"]!["verb"] = "textOnly";

        var (_, body) = await InvokeAsync(activity);

        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.Equal("text only answer", (string?)body["value"]);
        await _host.WhenIdleAsync();
        Assert.Equal("second", (string?)Assert.Single(_connector.Snapshot()).Body!["text"]);
    }

    [Fact]
    public async Task AdaptiveCardActionThatIsNotExecuteIsABadRequestBody()
    {
        var activity = Fixture("adaptive-card-action.json");
        activity["value"]!["action"]!["type"] = "Action.Submit";

        var (status, body) = await InvokeAsync(activity);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(400, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.Equal("NotSupported", (string?)body["value"]!["code"]);
        Assert.Empty(_host.Handler.Turns);
    }

    [Fact]
    public async Task SlowHandlerGetsAnErrorAnswerWhenTheInvokeDeadlinePasses()
    {
        var activity = Fixture("adaptive-card-action.json");
        activity["value"]!["action"]!["verb"] = "slow";

        var answer = InvokeAsync(activity);
        await _host.Handler.SlowTurnStarted.Task.WithinHangLimit();
        Assert.False(answer.IsCompleted);
        // The handler never finishes on its own: only the deadline (Teams allows 5 s) can answer this invoke.
        _time.Advance(new ChannelOptions().InvokeTimeout);
        var (status, body) = await answer.WithinHangLimit();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(500, (int)body["statusCode"]!);
        Assert.Equal("Timeout", (string?)body["value"]!["code"]);
    }

    [Fact]
    public async Task UnknownInvokeGetsADeliberate501()
    {
        var (status, body) = await InvokeAsync(Fixture("unknown-invoke.json"));

        Assert.Equal(HttpStatusCode.NotImplemented, status);
        Assert.Equal("NotImplemented", (string?)body["value"]!["code"]);
        Assert.Empty(_host.Handler.Turns);
    }

    [Fact]
    public async Task MessageActionFetchTaskOpensADialogWithTheCard()
    {
        var (status, body) = await InvokeAsync(Fixture("message-action-fetch-task.json"));

        Assert.Equal(HttpStatusCode.OK, status);
        var task = body["task"]!;
        Assert.Equal("continue", (string?)task["type"]);
        Assert.Equal("Log as compliment", (string?)task["value"]!["title"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)task["value"]!["card"]!["contentType"]);
        var turn = Assert.Single(_host.Handler.Turns);
        Assert.Equal(TurnKind.MessageAction, turn.Kind);
        Assert.Equal("Thank you so much to the team & especially Jo.\nYou made a difference.", turn.Text);
        Assert.Equal(
            "Log as compliment: " + turn.Text,
            (string?)task["value"]!["card"]!["content"]!["body"]![0]!["text"]);
    }

    [Fact]
    public async Task CreateCaseFromThisMessageIsRoutedByItsCommandIdWithTheMessagesAuthorAndTime()
    {
        var activity = Fixture("message-action-fetch-task.json");
        activity["value"]!["commandId"] = "createCase";

        var (status, body) = await InvokeAsync(activity);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Create case from this message", (string?)body["task"]!["value"]!["title"]);
        var turn = Assert.Single(_host.Handler.Turns);
        Assert.Equal(TurnKind.MessageAction, turn.Kind);
        Assert.Equal("createCase", turn.Verb);
        Assert.Equal("1763636000000", (string?)turn.Data!["messageId"]);
        Assert.Equal("2026-11-20T11:00:00.000Z", (string?)turn.Data["postedAt"]);
        Assert.Equal("A Parent", (string?)turn.Data["author"]);
    }

    [Fact]
    public async Task MessageActionSubmitClosesTheDialogAndPostsTheMessages()
    {
        var (status, body) = await InvokeAsync(Fixture("message-action-submit.json"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(body);
        var turn = Assert.Single(_host.Handler.Turns);
        Assert.Equal(TurnKind.CardAction, turn.Kind);
        Assert.Equal("logCompliment", turn.Verb);
        Assert.Equal("Fostering", (string?)turn.Data!["team"]);
        await _host.WhenIdleAsync();
        var sent = Assert.Single(_connector.Snapshot());
        Assert.Equal("compliment logged", (string?)sent.Body!["text"]);
        Assert.StartsWith("/amer/tenant-1/v3/conversations/19%3Aabc_def%40unq.gbl.spaces/activities/", sent.RawTarget);
    }
}
