using System.Net;
using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>Bad input gets a 4xx problem naming the field and the rule, and nothing already saved changes.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly ApiHost _host = new();

    public static TheoryData<string, string, int, string?, string> BadNewCases => new()
    {
        { "unknown kind", Json.Complaint().Replace("statutoryComplaint", "grumble"), 400, "kind", "malformed-json" },
        { "kind as a number", Json.Complaint().Replace("\"statutoryComplaint\"", "99"), 400, "kind", "malformed-json" },
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
    public async Task ATenMegabyteBodyIsRefusedAndTheHostCarriesOn()
    {
        var officer = _host.AsUploader("dev-officer");
        var huge = Json.Complaint().Replace("Nobody returned my calls.", new string('x', 10 * 1024 * 1024));

        // Expect: 100-continue, as well-behaved clients send big bodies: the refusal comes before the upload.
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = Json.Body(huge) };
        request.Headers.ExpectContinue = true;
        var response = await officer.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsync("/api/cases", Json.Body(Json.Complaint()))).StatusCode);
    }

    [Fact]
    public async Task AResponseBeforeReceiptIsRefusedAndTheCaseIsUnchanged()
    {
        var officer = _host.As("dev-officer");
        var created = await (await officer.PostAsync("/api/cases", Json.Body(Json.Complaint(receivedOn: "2026-05-01")))).ReadObjectAsync();
        var id = (string)created["case"]!["id"]!;

        var response = await officer.PostAsync($"/api/cases/{id}/response", Json.Body("""
            { "respondedOn": "2026-04-30", "outcome": "upheld", "resolutions": ["apology"] }
            """));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadObjectAsync();
        Assert.Equal("respondedOn", (string?)problem["field"]);
        Assert.Equal("respondedOn-before-receivedOn", (string?)problem["rule"]);
        var after = await officer.GetAsync($"/api/cases/{id}");
        Assert.Equal("\"1\"", after.Headers.ETag!.Tag);
        Assert.Equal("inProgress", (string?)(await after.ReadObjectAsync())["case"]!["status"]);
    }

    [Fact]
    public async Task AnOutcomeLeftOutIsMissingNotUpheld()
    {
        var officer = _host.As("dev-officer");
        var id = (string)(await (await officer.PostAsync("/api/cases", Json.Body(Json.Complaint()))).ReadObjectAsync())["case"]!["id"]!;

        var response = await officer.PostAsync($"/api/cases/{id}/response", Json.Body("""
            { "respondedOn": "2026-05-14", "resolutions": ["apology"], "concernOutcomes": [ { "concernNumber": 1 } ] }
            """));

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
