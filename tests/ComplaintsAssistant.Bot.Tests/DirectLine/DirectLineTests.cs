using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Conversations;
using ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;

namespace ComplaintsAssistant.Bot.Tests.DirectLine;

/// <summary>The Direct Line 3.0 subset Web Chat uses, over real HTTP, through the same turn handler.</summary>
public sealed class DirectLineTests : IAsyncLifetime
{
    private ChannelTestHost _host = null!;

    public async Task InitializeAsync() => _host = await ChannelTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<(string ConversationId, string Token)> StartAsync(string userId = "dev-social-worker")
    {
        var generated = await _host.Http.PostAsJsonAsync("v3/directline/tokens/generate",
            new JsonObject { ["user"] = new JsonObject { ["id"] = userId, ["name"] = "Sam Carter (social worker)" } });
        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        var token = (string)(await generated.Content.ReadFromJsonAsync<JsonObject>())!["token"]!;

        using var start = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var started = await _host.Http.SendAsync(start);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var body = (await started.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(token, (string?)body["token"]);
        return ((string)body["conversationId"]!, token);
    }

    private async Task<HttpResponseMessage> PostAsync(string conversationId, string token, JsonObject activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities")
        {
            Content = JsonContent.Create(activity),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _host.Http.SendAsync(request);
    }

    private async Task<JsonObject> GetAsync(string conversationId, string token, string? watermark = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get,
            $"v3/directline/conversations/{conversationId}/activities" + (watermark is null ? "" : $"?watermark={watermark}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await _host.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>The whole conversation once every activity posted so far has been answered: nothing more is coming.</summary>
    private async Task<JsonArray> ActivitiesAsync(string conversationId, string token, int expected)
    {
        await _host.WhenIdleAsync();
        var activities = (JsonArray)(await GetAsync(conversationId, token))["activities"]!;
        Assert.Equal(expected, activities.Count);
        return activities;
    }

    [Fact]
    public async Task StartingAConversationWelcomesThePersonaOnce()
    {
        var (conversationId, token) = await StartAsync();

        var activities = await ActivitiesAsync(conversationId, token, 1);

        Assert.Equal("welcome", (string?)activities[0]!["text"]);
        Assert.Equal("bot", (string?)activities[0]!["from"]!["role"]);
        var turn = Assert.Single(_host.Handler.Turns);
        Assert.Equal(TurnKind.Installed, turn.Kind);
        Assert.Equal("dev-social-worker", turn.Speaker.UserId);
        Assert.Equal("dev-social-worker", turn.Speaker.ObjectId); // the persona, as the access configuration knows it
    }

    [Fact]
    public async Task PostedMessageIsEchoedAndAnsweredWithWatermarks()
    {
        var (conversationId, token) = await StartAsync("dev-manager");
        await ActivitiesAsync(conversationId, token, 1);

        var posted = await PostAsync(conversationId, token, new JsonObject
        {
            ["type"] = "message",
            ["text"] = "card",
            ["from"] = new JsonObject { ["id"] = "someone-else" },
            ["channelData"] = new JsonObject { ["clientActivityID"] = "client-1" },
        });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var id = (string)(await posted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;

        var activities = await ActivitiesAsync(conversationId, token, 4);
        Assert.Equal(id, (string?)activities[1]!["id"]);
        Assert.Equal("client-1", (string?)activities[1]!["channelData"]!["clientActivityID"]);
        Assert.Equal("dev-manager", (string?)activities[1]!["from"]!["id"]);
        Assert.Equal("here is a card", (string?)activities[2]!["text"]);
        Assert.Equal(id, (string?)activities[2]!["replyToId"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)activities[3]!["attachments"]![0]!["contentType"]);

        var later = await GetAsync(conversationId, token, watermark: "2");
        Assert.Equal(2, ((JsonArray)later["activities"]!).Count);
        Assert.Equal("4", (string?)later["watermark"]);
        Assert.Equal("dev-manager", _host.Handler.Turns.Last().Speaker.UserId);
    }

    [Fact]
    public async Task ActionSubmitFromWebChatIsACardAction()
    {
        var (conversationId, token) = await StartAsync();

        await PostAsync(conversationId, token, new JsonObject
        {
            ["type"] = "message",
            ["value"] = new JsonObject { ["verb"] = "logComplaint", ["summary"] = "x" },
        });

        await _host.WhenIdleAsync();
        var turn = _host.Handler.Turns.Single(t => t.Kind == TurnKind.CardAction);
        Assert.Equal("logComplaint", turn.Verb);
        Assert.Equal("personal", turn.ConversationKind);
    }

    [Fact]
    public async Task CardActionGetsItsTextThenTheReplacementCardAsANewMessage()
    {
        var (conversationId, token) = await StartAsync();
        await ActivitiesAsync(conversationId, token, 1);

        var posted = await PostAsync(conversationId, token, new JsonObject
        {
            ["type"] = "message",
            ["value"] = new JsonObject { ["verb"] = "logComplaint", ["summary"] = "x" },
            ["channelData"] = new JsonObject { ["postBack"] = true },
        });
        var id = (string)(await posted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;

        var activities = await ActivitiesAsync(conversationId, token, 4);
        Assert.Equal("action logComplaint", (string?)activities[2]!["text"]);
        var replacement = activities[3]!;
        Assert.Equal("bot", (string?)replacement["from"]!["role"]);
        Assert.Equal(id, (string?)replacement["replyToId"]);
        var attachment = Assert.Single(replacement["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal("done logComplaint", (string?)attachment["content"]!["body"]![0]!["text"]);
    }

    [Fact]
    public async Task AdaptiveCardActionInvokeAlsoGetsTheReplacementCard()
    {
        var (conversationId, token) = await StartAsync();
        await ActivitiesAsync(conversationId, token, 1);

        await PostAsync(conversationId, token, new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = "adaptiveCard/action",
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "case.view", ["data"] = new JsonObject { ["caseId"] = "c1" } },
            },
        });

        var activities = await ActivitiesAsync(conversationId, token, 4);
        Assert.Equal("action case.view", (string?)activities[2]!["text"]);
        Assert.Equal("done case.view", (string?)activities[3]!["attachments"]![0]!["content"]!["body"]![0]!["text"]);
    }

    [Fact]
    public async Task CardsSentThroughDirectLineCarryActionSubmitInsteadOfActionExecute()
    {
        var (conversationId, token) = await StartAsync();
        await ActivitiesAsync(conversationId, token, 1);

        await PostAsync(conversationId, token, new JsonObject { ["type"] = "message", ["text"] = "execute card" });

        var activities = await ActivitiesAsync(conversationId, token, 3);
        var action = activities[2]!["attachments"]![0]!["content"]!["body"]![1]!["actions"]![0]!;
        Assert.Equal("Action.Submit", (string?)action["type"]);
        Assert.Equal("Save", (string?)action["title"]);
        Assert.Equal("case.save", (string?)action["data"]!["verb"]);
    }

    [Fact]
    public async Task AnotherConversationsTokenIsRefused()
    {
        var (conversationId, _) = await StartAsync();
        var (_, otherToken) = await StartAsync("dev-complaints-officer");

        using var request = new HttpRequestMessage(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", otherToken);
        var response = await _host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task MalformedActivityIsRefused()
    {
        var (conversationId, token) = await StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities")
        {
            Content = new StringContent("{oops", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        Assert.Equal(HttpStatusCode.BadRequest, (await _host.Http.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task DevPageIsServedLocally()
    {
        var page = await _host.Http.GetAsync("dev");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<html lang=\"en-GB\">", html);
        Assert.Contains("/dev/lib/webchat.js", html);
        Assert.Equal(HttpStatusCode.OK, (await _host.Http.GetAsync("dev/lib/webchat.js")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _host.Http.GetAsync("dev/lib/package.json")).StatusCode);
        var root = await _host.Http.GetAsync("");
        Assert.Equal("/dev", root.RequestMessage!.RequestUri!.AbsolutePath);
    }
}

/// <summary>With an app id the host is in production mode: no Direct Line, no dev page.</summary>
public sealed class DirectLineProductionModeTests
{
    [Fact]
    public async Task DirectLineIsNotMappedWhenAnAppIdIsConfigured()
    {
        await using var host = await ChannelTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = "app",
            ["Bot:AppPassword"] = "secret",
        });

        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.PostAsync("v3/directline/tokens/generate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.GetAsync("dev")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.PostActivityAsync("{\"type\":\"message\"}")).StatusCode);
    }

    [Fact]
    public async Task AppIdWithoutPasswordFailsAtStartNamingTheKey()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => ChannelTestHost.StartAsync(new Dictionary<string, string?> { ["Bot:AppId"] = "app" }));

        Assert.Contains("Bot:AppPassword", error.Message);
    }
}
