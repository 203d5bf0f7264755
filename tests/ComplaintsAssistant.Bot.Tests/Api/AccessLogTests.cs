using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>Who saw what, over real HTTP on the real host: every read path leaves one entry naming its channel; a change
/// and a list leave none; a refused read is recorded as refused; only the complaints team sees the log.</summary>
public sealed class AccessLogTests : IDisposable
{
    private readonly ApiHost _host = new();

    private async Task<(string Id, string Reference)> LogAsync(string team = "Children in Care", string? intakeKey = null)
    {
        var body = Json.Complaint(team: team);
        if (intakeKey is not null) body = body.Replace("\"summary\"", $"\"intakeKey\": \"{intakeKey}\", \"summary\"");
        var logged = await (await _host.As("dev-officer").PostAsync("/api/cases", Json.Body(body))).ReadObjectAsync();
        return ((string)logged["case"]!["id"]!, (string)logged["case"]!["reference"]!);
    }

    private async Task<JsonArray> CaseLogAsync(string id)
    {
        var response = await _host.As("dev-officer").GetAsync($"/api/cases/{id}/access-log");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadArrayAsync();
    }

    private static (string? Reader, string? Through, bool Refused) Entry(JsonNode? read) =>
        ((string?)read!["readerId"], (string?)read["through"], (bool?)read["refused"] ?? false);

    [Fact]
    public async Task LoggingACaseIsNotAReadAndReadingItByIdIsOneApiEntry()
    {
        var (id, reference) = await LogAsync();
        Assert.Empty(await CaseLogAsync(id));

        Assert.Equal(HttpStatusCode.OK, (await _host.As("dev-social-worker").GetAsync($"/api/cases/{id}")).StatusCode);

        var read = Assert.Single(await CaseLogAsync(id));
        Assert.Equal(("dev-social-worker", "api", false), Entry(read));
        Assert.Equal(reference, (string?)read!["reference"]);
        Assert.Equal(_host.Time.GetUtcNow(), (DateTimeOffset)read["at"]!);
    }

    [Fact]
    public async Task TheAddInSaysSoAndItsReadByReferenceIsAnOutlookEntry()
    {
        var (id, reference) = await LogAsync();
        var addIn = _host.As("dev-manager");
        addIn.DefaultRequestHeaders.Add("X-Complaints-Client", "outlook-addin");

        Assert.Equal(HttpStatusCode.OK, (await addIn.GetAsync($"/api/cases/by-reference/{reference}")).StatusCode);

        Assert.Equal(("dev-manager", "outlookAddin", false), Entry(Assert.Single(await CaseLogAsync(id))));
    }

    [Fact]
    public async Task TheAddInsAlreadyACaseShowsTheCaseAndIsARead()
    {
        var (id, _) = await LogAsync(intakeKey: "<SAME@mail.example>");
        var addIn = _host.As("dev-social-worker");
        addIn.DefaultRequestHeaders.Add("X-Complaints-Client", "outlook-addin");
        var again = Json.Complaint().Replace("\"summary\"", "\"intakeKey\": \"<SAME@mail.example>\", \"summary\"");

        var response = await addIn.PostAsync("/api/cases", Json.Body(again));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("dev-social-worker", "outlookAddin", false), Entry(Assert.Single(await CaseLogAsync(id))));
    }

    [Fact]
    public async Task AListIsNotARead()
    {
        var (id, _) = await LogAsync();

        var listed = await (await _host.As("dev-social-worker").GetAsync("/api/cases")).ReadArrayAsync();

        Assert.Contains(listed, c => (string?)c!["id"] == id);
        Assert.Empty(await CaseLogAsync(id));
    }

    [Fact]
    public async Task AStepIsAChangeNotARead()
    {
        var (id, _) = await LogAsync();
        var manager = _host.As("dev-manager");
        var read = await manager.GetAsync($"/api/cases/{id}");

        // One strong ETag is checked as the case is written; several tags make the API look the version up first. Neither is a read.
        var acknowledged = await StepAsync(manager, id, "acknowledgement", """{ "acknowledgedOn": "2026-05-02" }""", read.Headers.ETag!);
        var escalated = await StepAsync(manager, id, "escalation", """{ "requestedOn": "2026-05-20" }""",
            acknowledged.Headers.ETag!, new EntityTagHeaderValue("\"another\"", isWeak: true));

        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        Assert.NotEqual(HttpStatusCode.NotFound, escalated.StatusCode);
        Assert.Equal(("dev-manager", "api", false), Entry(Assert.Single(await CaseLogAsync(id))));
    }

    private static async Task<HttpResponseMessage> StepAsync(HttpClient client, string id, string step, string body, params EntityTagHeaderValue[] ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{id}/{step}") { Content = Json.Body(body) };
        foreach (var tag in ifMatch) request.Headers.IfMatch.Add(tag);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task KeepingAnEmailIsAChangeAndListingTheKeptEmailsIsARead()
    {
        var (id, _) = await LogAsync();
        var eml = new ByteArrayContent("Message-ID: <kept@mail.example>\r\nFrom: a@example.org\r\nSubject: s\r\n\r\nbody\r\n"u8.ToArray());
        eml.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");

        Assert.Equal(HttpStatusCode.Created, (await _host.As("dev-manager").PostAsync($"/api/cases/{id}/emails", eml)).StatusCode);
        Assert.Empty(await CaseLogAsync(id));
        Assert.Equal(HttpStatusCode.OK, (await _host.As("dev-manager").GetAsync($"/api/cases/{id}/emails")).StatusCode);

        Assert.Equal(("dev-manager", "api", false), Entry(Assert.Single(await CaseLogAsync(id))));
    }

    [Fact]
    public async Task StaffReadingAnotherTeamsCaseAreRefusedAndTheAttemptIsLogged()
    {
        var (id, _) = await LogAsync(team: "Fostering");

        var response = await _host.As("dev-social-worker").GetAsync($"/api/cases/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(("dev-social-worker", "api", true), Entry(Assert.Single(await CaseLogAsync(id))));
    }

    private async Task<(HttpClient Http, string Conversation, string Token)> OpenChatAsync(string persona)
    {
        var http = _host.CreateClient();
        var generated = await http.PostAsJsonAsync("v3/directline/tokens/generate", new JsonObject { ["user"] = new JsonObject { ["id"] = persona } });
        var token = (string)(await generated.ReadObjectAsync())["token"]!;
        using var start = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var conversation = (string)(await (await http.SendAsync(start)).ReadObjectAsync())["conversationId"]!;
        await _host.WhenChannelIdleAsync();
        return (http, conversation, token);
    }

    [Fact]
    public async Task ACaseOpenedInTeamsIsATeamsBotEntry()
    {
        var (id, reference) = await LogAsync();
        var (http, conversation, token) = await OpenChatAsync("dev-manager");

        using var say = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{conversation}/activities")
        {
            Content = JsonContent.Create(new JsonObject { ["type"] = "message", ["text"] = $"case {reference}" }),
        };
        say.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.True((await http.SendAsync(say)).IsSuccessStatusCode);
        await _host.WhenChannelIdleAsync();

        Assert.Equal(("dev-manager", "teamsBot", false), Entry(Assert.Single(await CaseLogAsync(id))));
    }

    [Fact]
    public async Task ADeadlinePromptShowsItsRecipientTheCaseAndIsADeadlinePromptEntry()
    {
        // Received Monday 18 May, acknowledged: the response is due Tuesday 2 June, the next working day after the host's 1 June.
        var logged = await _host.As("dev-officer").PostAsync("/api/cases", Json.Body(
            Json.Complaint(receivedOn: "2026-05-18").Replace("\"summary\"", "\"acknowledgedOn\": \"2026-05-19\", \"summary\"")));
        var id = (string)(await logged.ReadObjectAsync())["case"]!["id"]!;
        await OpenChatAsync("dev-manager");

        var run = await (await _host.CreateClient().PostAsync("dev/prompts/run", null)).ReadObjectAsync();
        await _host.WhenChannelIdleAsync();

        Assert.Single((JsonArray)run["sent"]!);
        Assert.Equal(("dev-manager", "deadlinePrompt", false), Entry(Assert.Single(await CaseLogAsync(id))));
    }

    [Fact]
    public async Task APersonsReadsInAPeriodAreListedNewestFirst()
    {
        var (first, _) = await LogAsync();
        var (second, _) = await LogAsync();
        var worker = _host.As("dev-social-worker");
        await worker.GetAsync($"/api/cases/{first}");
        _host.Time.Advance(TimeSpan.FromMinutes(5));
        await worker.GetAsync($"/api/cases/{second}");
        await _host.As("dev-manager").GetAsync($"/api/cases/{first}");
        var from = Uri.EscapeDataString("2026-06-01T00:00:00Z");
        var to = Uri.EscapeDataString("2026-06-02T00:00:00Z");

        var reads = await (await _host.As("dev-officer").GetAsync($"/api/access-log?person=dev-social-worker&from={from}&to={to}")).ReadArrayAsync();
        var before = await (await _host.As("dev-officer").GetAsync($"/api/access-log?person=dev-social-worker&from=2026-05-01T00:00:00Z&to={from}")).ReadArrayAsync();

        Assert.Equal([second, first], reads.Select(r => (string?)r!["caseId"]));
        Assert.Empty(before);
    }

    [Theory]
    [InlineData("dev-manager")]
    [InlineData("dev-social-worker")]
    public async Task OnlyTheComplaintsTeamSeesTheAccessLog(string persona)
    {
        var (id, _) = await LogAsync();
        var client = _host.As(persona);

        var forCase = await client.GetAsync($"/api/cases/{id}/access-log");
        var forPerson = await client.GetAsync("/api/access-log?person=dev-officer");

        Assert.Equal(HttpStatusCode.Forbidden, forCase.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forPerson.StatusCode);
        Assert.Equal("application/problem+json", forCase.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task APeriodThatEndsBeforeItStartsIsRefusedNamingTheField()
    {
        var response = await _host.As("dev-officer").GetAsync("/api/access-log?person=dev-manager&from=2026-06-02T00:00:00Z&to=2026-06-01T00:00:00Z");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("from must be before to", (string?)(await response.ReadObjectAsync())["detail"]);
    }

    public void Dispose() => _host.Dispose();
}
