using System.Net;

namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>What a new user does first: log a statutory complaint and see when the response is due.</summary>
public sealed class LoggingACaseTests : IDisposable
{
    private readonly ApiHost _host = new();

    [Fact]
    public async Task LoggingAComplaintGivesAReferenceAndADueDateCountedInWorkingDaysAcrossABankHoliday()
    {
        var response = await _host.As("dev-officer").PostAsync("/api/cases", Json.Body(Json.Complaint(receivedOn: "2026-05-01")));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var view = await response.ReadObjectAsync();
        Assert.Equal("CC-2026-0001", (string?)view["case"]!["reference"]);
        // Day 1 is Tue 5 May (Mon 4 May is the early May bank holiday); day 10 is Mon 18 May.
        Assert.Equal("2026-05-18", (string?)view["deadline"]!["dueOn"]);
        Assert.Equal("due Monday 18 May — 10 working days", (string?)view["dueInWords"]);
        Assert.Equal($"/api/cases/{view["case"]!["id"]}", response.Headers.Location!.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task ReferencesCountUpPerKindAndYear()
    {
        var officer = _host.As("dev-officer");
        await officer.PostAsync("/api/cases", Json.Body(Json.Complaint()));
        var second = await (await officer.PostAsync("/api/cases", Json.Body(Json.Complaint()))).ReadObjectAsync();
        var enquiry = await (await officer.PostAsync("/api/cases", Json.Body("""
            { "kind": "memberEnquiry", "receivedOn": "2026-05-20", "howReceived": "email", "team": "Fostering", "owner": "dev-manager",
              "member": { "type": "mp", "name": "A Member" } }
            """))).ReadObjectAsync();

        Assert.Equal("CC-2026-0002", (string?)second["case"]!["reference"]);
        Assert.Equal("ME-2026-0001", (string?)enquiry["case"]!["reference"]);
    }

    [Fact]
    public async Task ConcernsKeepEveryTimeACategoryWasRaisedInTheCouncilsSpelling()
    {
        var view = await (await _host.As("dev-officer").PostAsync("/api/cases", Json.Body(Json.Complaint()))).ReadObjectAsync();

        var concerns = view["case"]!["concerns"]!.AsArray().Select(c => (string)c!["category"]!).ToArray();
        Assert.Equal(["Lack of communication", "Lack of communication", "Unhappy with assessment"], concerns);
    }

    [Fact]
    public async Task LoggingTheSameEmailTwiceReturnsTheFirstCase()
    {
        var officer = _host.As("dev-officer");
        var body = Json.Complaint().Replace("\"summary\"", "\"intakeKey\": \"<CAFE@mail.example>\", \"summary\"");

        var first = await officer.PostAsync("/api/cases", Json.Body(body));
        var again = await officer.PostAsync("/api/cases", Json.Body(body));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((string?)(await first.ReadObjectAsync())["case"]!["id"], (string?)(await again.ReadObjectAsync())["case"]!["id"]);
        Assert.Single(await (await officer.GetAsync("/api/cases")).ReadArrayAsync());
    }

    [Fact]
    public async Task AComplimentIsLoggedWithNothingToAnswer()
    {
        var response = await _host.As("dev-social-worker").PostAsync("/api/cases", Json.Body("""
            { "kind": "compliment", "receivedOn": "2026-05-29", "howReceived": "email", "team": "Children in Care",
              "compliment": { "category": "child focus", "source": "fosterCarer", "words": "Thank you for everything." } }
            """));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var view = await response.ReadObjectAsync();
        Assert.Equal("logged", (string?)view["case"]!["status"]);
        Assert.Equal("Child focus", (string?)view["case"]!["compliment"]!["category"]);
        Assert.Null(view["deadline"]);
    }

    [Fact]
    public async Task TheCaseCanBeReadByIdAndByReference()
    {
        var officer = _host.As("dev-officer");
        var created = await (await officer.PostAsync("/api/cases", Json.Body(Json.Complaint()))).ReadObjectAsync();

        var byId = await officer.GetAsync($"/api/cases/{created["case"]!["id"]}");
        var byReference = await officer.GetAsync("/api/cases/by-reference/cc-2026-0001");

        Assert.Equal(HttpStatusCode.OK, byId.StatusCode);
        Assert.Equal("\"1\"", byId.Headers.ETag!.Tag);
        Assert.Equal((string?)created["case"]!["id"], (string?)(await byReference.ReadObjectAsync())["case"]!["id"]);
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheCaseEndpoints()
    {
        var document = await (await _host.CreateClient().GetAsync("/openapi/v1.json")).ReadObjectAsync();
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToArray();
        Assert.Contains("/api/cases", paths);
        Assert.Contains("/api/cases/{id}/response", paths);
    }

    [Fact]
    public async Task TheOpenApiDocumentMarksOnlyWhatALogRequestMustCarryAsRequired()
    {
        var schemas = (await (await _host.CreateClient().GetAsync("/openapi/v1.json")).ReadObjectAsync())["components"]!["schemas"]!;

        string[] Required(string schema) => schemas[schema]!["required"]?.AsArray().Select(r => (string)r!).Order().ToArray() ?? [];
        Assert.Equal(["howReceived", "kind", "receivedOn", "team"], Required("LogCaseRequest"));
        Assert.Equal(17, schemas["LogCaseRequest"]!["properties"]!.AsObject().Count);
        Assert.Equal(["relationship"], Required("ComplainantRequest"));
        Assert.Empty(Required("ChildRequest"));
        Assert.Equal(["outcome", "respondedOn"], Required("ResponseRequest"));
        Assert.Equal(["openedOn", "owner"], Required("NextStageRequest"));
        Assert.Equal(["requestedOn"], Required("EscalationRequest"));
    }

    public void Dispose() => _host.Dispose();
}
