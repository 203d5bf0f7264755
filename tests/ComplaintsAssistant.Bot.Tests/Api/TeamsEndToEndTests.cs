using System.Net;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;

namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>The whole host as Program.cs wires it (real conversations, real SQLite) answering Teams-shaped
/// activities, with the replies caught by a fake connector on loopback.</summary>
public sealed class TeamsEndToEndTests : IAsyncLifetime
{
    private const string TeamsUser = "6f1c2d3e-0000-4000-8000-000000000001";
    private FakeConnectorServer _connector = null!;
    private ApiHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnectorServer.StartAsync();
        _host = new ApiHost(new()
        {
            ["Access:People:0:Id"] = TeamsUser,
            ["Access:People:0:Name"] = "Sam Carter",
            ["Access:People:0:Role"] = "ComplaintsOfficer",
        });
    }

    [Fact]
    public async Task HelpInAPersonalChatIsAnsweredWithTheHelpCardThroughTheConnector()
    {
        var response = await Post(TeamsFixtures.Load("personal-message.json", _connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _host.WhenChannelIdleAsync();
        var reply = Assert.Single(_connector.Snapshot());
        Assert.Equal("POST", reply.Method);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)reply.Body!["attachments"]![0]!["contentType"]);
    }

    [Fact]
    public async Task ACardSubmitLogsAComplaintAndTheConfirmationGivesTheDueDateInWords()
    {
        var submit = TeamsFixtures.LoadObject("action-submit.json", _connector.ServiceUrl);
        submit["value"] = new JsonObject
        {
            ["verb"] = "complaint.log",
            ["formId"] = "form-1",
            ["kind"] = "StatutoryComplaint",
            ["receivedOn"] = "2026-05-01",
            ["howReceived"] = "Email",
            ["team"] = "Children in Care",
            ["owner"] = "dev-manager",
            ["relationship"] = "Parent",
            ["concerns"] = "Lack of communication,Unhappy with assessment",
            ["childComplainedDirectly"] = "false",
            ["supportedByAdvocate"] = "false",
        };

        var response = await Post(submit.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The first turn of a host is its cold start (every layer's first use): 9–15 s on a loaded 2-core machine against
        // 0.3 s for the next one. So wait for the turn to be done, never for a while.
        await _host.WhenChannelIdleAsync();
        Assert.Equal(["PUT", "POST"], _connector.Snapshot().Select(r => r.Method)); // the clicked form becomes the confirmation, then one line
        var readable = new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var everything = string.Join("\n", _connector.Snapshot().Select(r => r.Body?.ToJsonString(readable)));
        Assert.Contains("due Monday 18 May — 10 working days", everything);
        var stored = await (await _host.As("dev-officer").GetAsync("/api/cases/by-reference/CC-2026-0001")).ReadObjectAsync();
        Assert.Equal(2, stored["case"]!["concerns"]!.AsArray().Count);
    }

    private Task<HttpResponseMessage> Post(string activity) =>
        _host.CreateClient().PostAsync("/api/messages", new StringContent(activity, System.Text.Encoding.UTF8, "application/json"));

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _connector.DisposeAsync();
    }
}
