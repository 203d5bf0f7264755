using System.Net;
using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>Bad input gets a 4xx problem naming the field and the rule, and nothing already saved changes.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly ApiHost _host = new();

    public static TheoryData<string, string, int, string?, string> BadNewCases => new()
    {
        { "unknown kind", Json.Complaint().Replace("statutoryComplaint", "grumble"), 400, "kind", "unknown-kind" },
        { "kind as a number", Json.Complaint().Replace("\"statutoryComplaint\"", "99"), 400, "kind", "unknown-kind" },
        { "unknown relationship", Json.Complaint().Replace("\"parent\"", "\"neighbour\""), 400, "complainant.relationship", "unknown-value" },
        { "owner nobody set up", Json.Complaint(owner: "nobody"), 400, "owner", "unknown-owner" },
        { "owner from another team", Json.Complaint(team: "Fostering", owner: "dev-social-worker"), 400, "owner", "owner-not-in-team" },
        { "received date in the future", Json.Complaint(receivedOn: "2026-06-02"), 400, "receivedOn", "date-in-future" },
        { "missing owner", Json.Complaint().Replace("\"owner\": \"dev-manager\",", ""), 400, "owner", "required" },
        { "missing kind", Json.Complaint().Replace("\"kind\": \"statutoryComplaint\",", ""), 400, "kind", "required" },
        { "date not a date", Json.Complaint(receivedOn: "1st May"), 400, "receivedOn", "malformed-json" },
        { "misspelt field", Json.Complaint().Replace("receivedOn", "recievedOn"), 400, "recievedOn", "malformed-json" },
        { "unknown team", Json.Complaint(team: "Astronauts"), 400, "team", "unknown-team" },
        { "unknown concern category", Json.Complaint().Replace("Unhappy with assessment", "Weather"), 400, "concerns[2]", "unknown-concern-category" },
        { "complaint without concerns", Json.Complaint().Replace("[ \"Lack of communication\", \"lack of communication\", \"Unhappy with assessment\" ]", "[]"), 400, "concerns", "at-least-one-concern" },
        { "malformed JSON", "{ \"kind\": \"statutoryComplaint\", ", 400, null, "malformed-json" },
        { "not an object", "[1, 2, 3]", 400, null, "malformed-json" },
    };

    [Theory]
    [MemberData(nameof(BadNewCases))]
    public async Task ABadNewCaseIsRefusedNamingTheFieldAndNothingIsSaved(string why, string body, int status, string? field, string rule)
    {
        var officer = _host.As("dev-officer");
        var response = await officer.PostAsync("/api/cases", Json.Body(body));

        Assert.True(status == (int)response.StatusCode, $"{why}: got {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadObjectAsync();
        Assert.Equal(rule, (string?)problem["rule"]);
        Assert.Equal(field, (string?)problem["field"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["detail"]));
        Assert.Empty(await (await officer.GetAsync("/api/cases")).ReadArrayAsync());
    }

    [Fact]
    public async Task AnUnknownKindListsTheKindsThereAre()
    {
        var response = await _host.As("dev-officer").PostAsync("/api/cases", Json.Body(Json.Complaint().Replace("statutoryComplaint", "grumble")));

        Assert.Equal("The kind of record (kind) must be one of: statutoryComplaint, corporateComplaint, informalRepresentation, memberEnquiry, " +
            "ombudsmanEnquiry, compliment, comment.", (string?)(await response.ReadObjectAsync())["detail"]);
    }

    [Fact]
    public async Task AnUnknownValueInAListNamesItsPlaceAndTheValues()
    {
        var response = await _host.As("dev-officer").PostAsync("/api/cases",
            Json.Body(Json.Complaint().Replace("\"female\"", "\"female\", \"disability\": \"sometimes\"")));

        var problem = await response.ReadObjectAsync();
        Assert.Equal(("children[0].disability", "unknown-value"), ((string?)problem["field"], (string?)problem["rule"]));
        Assert.Equal("children[0].disability must be one of: none, learning, physical, sensory, notKnown.", (string?)problem["detail"]);
    }

    [Fact]
    public async Task ANewCaseBreakingSeveralRulesHearsOfThemAllAtOnce()
    {
        var body = Json.Complaint(receivedOn: "2026-06-02", team: "Astronauts", owner: "nobody");

        var response = await _host.As("dev-officer").PostAsync("/api/cases", Json.Body(body));

        var problem = await response.ReadObjectAsync();
        Assert.Equal(("team", "unknown-team"), ((string?)problem["field"], (string?)problem["rule"]));
        var errors = problem["errors"]!.AsObject();
        Assert.Equal(["team", "receivedOn", "owner"], errors.Select(e => e.Key));
        Assert.Equal("The date the complaint was received can't be in the future (2 June 2026).", (string?)errors["receivedOn"]![0]);
    }

    [Fact]
    public async Task ATenMegabyteBodyIsRefusedWithAProblemBeforeItIsSentAndTheHostCarriesOn()
    {
        // Expect: 100-continue, as well-behaved clients send big bodies: the refusal comes before the upload.
        using var client = _host.AsUploader("dev-officer");
        var huge = Json.Complaint().Replace("Nobody returned my calls.", new string('x', 10 * 1024 * 1024));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = Json.Body(huge) };
        request.Headers.ExpectContinue = true;

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertProblemAsync(response, "body", "body-too-large");
        Assert.Equal(HttpStatusCode.Created, (await _host.As("dev-officer").PostAsync("/api/cases", Json.Body(Json.Complaint()))).StatusCode);
    }

    [Fact]
    public async Task ABodyOfUnknownLengthOverTheLimitIsRefusedWithAProblem()
    {
        // Sent in chunks (no Content-Length), a little over the limit: the host reads up to the limit, then answers.
        var body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(
            Json.Complaint().Replace("Nobody returned my calls.", new string('x', (int)Bot.Hosting.HostingExtensions.MaxRequestBytes))));
        var content = new StreamContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await _host.As("dev-officer").SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertProblemAsync(response, "body", "body-too-large");
    }

    [Fact]
    public async Task ABodyThatIsNotJsonIsRefusedWithAProblemNamingTheContentType()
    {
        var response = await _host.As("dev-officer").PostAsync("/api/cases", new StringContent(Json.Complaint(), System.Text.Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await AssertProblemAsync(response, "Content-Type", "json-required");
    }

    [Theory]
    [InlineData("GET", "/api/no-such-thing", HttpStatusCode.NotFound, "not-found")]
    [InlineData("PUT", "/api/cases", HttpStatusCode.MethodNotAllowed, "method-not-allowed")]
    public async Task APathOrMethodTheApiDoesNotHaveIsAProblemToo(string method, string path, HttpStatusCode status, string rule)
    {
        var response = await _host.As("dev-officer").SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(status, response.StatusCode);
        await AssertProblemAsync(response, null, rule);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, string? field, string rule)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadObjectAsync();
        Assert.Equal((field, rule, (int)response.StatusCode), ((string?)problem["field"], (string?)problem["rule"], (int?)problem["status"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["detail"]));
    }

    [Fact]
    public async Task AResponseBeforeReceiptIsRefusedInWordsWithEveryOtherRuleAndTheCaseIsUnchanged()
    {
        var officer = _host.As("dev-officer");
        var created = await (await officer.PostAsync("/api/cases", Json.Body(Json.Complaint(receivedOn: "2026-05-01")))).ReadObjectAsync();
        var id = (string)created["case"]!["id"]!;

        var response = await officer.StepAsync(id, "response", """
            { "respondedOn": "2026-04-30", "outcome": "upheld", "resolutions": ["apology"] }
            """);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadObjectAsync();
        Assert.Equal("respondedOn", (string?)problem["field"]);
        Assert.Equal("respondedOn-before-receivedOn", (string?)problem["rule"]);
        Assert.Equal("The response date can't be before the date the complaint was received (1 May 2026).", (string?)problem["detail"]);
        Assert.Equal(["respondedOn", "concernOutcomes"], problem["errors"]!.AsObject().Select(e => e.Key));
        var after = await officer.GetAsync($"/api/cases/{id}");
        Assert.Equal("\"1\"", after.Headers.ETag!.Tag);
        Assert.Equal("inProgress", (string?)(await after.ReadObjectAsync())["case"]!["status"]);
    }

    [Fact]
    public async Task AnOutcomeLeftOutIsMissingNotUpheld()
    {
        var officer = _host.As("dev-officer");
        var id = (string)(await (await officer.PostAsync("/api/cases", Json.Body(Json.Complaint()))).ReadObjectAsync())["case"]!["id"]!;

        var response = await officer.StepAsync(id, "response", """
            { "respondedOn": "2026-05-14", "resolutions": ["apology"], "concernOutcomes": [ { "concernNumber": 1 } ] }
            """);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("outcome", (string?)(await response.ReadObjectAsync())["field"]);
    }

    [Theory]
    [InlineData("/api/cases?kind=grumble", "kind")]
    [InlineData("/api/cases?take=0", "take")]
    [InlineData("/api/cases?take=100000", "take")]
    [InlineData("/api/cases?receivedFrom=2026-05-02&receivedTo=2026-05-01", "receivedFrom")]
    public async Task ABadListQueryIsRefusedNamingTheParameter(string url, string field)
    {
        var response = await _host.As("dev-officer").GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (string?)(await response.ReadObjectAsync())["field"]);
    }

    [Fact]
    public async Task AnUnknownCaseIsNotFound()
    {
        var response = await _host.As("dev-officer").GetAsync($"/api/cases/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("not-found", (string?)(await response.ReadObjectAsync())["rule"]);
    }

    [Fact]
    public async Task SomeoneNotSetUpIsRefused()
    {
        var response = await _host.As("a-stranger").GetAsync("/api/cases");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("not-set-up", (string?)(await response.ReadObjectAsync())["rule"]);
    }

    public void Dispose() => _host.Dispose();
}
