using System.Net;
using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>Legal holds over real HTTP on the real host: an officer places one on a case, a team or a class, the case shows
/// it while it stands, lifting is recorded (who, when) and kept; bad requests name the field; only officers may.</summary>
public sealed class LegalHoldTests : IDisposable
{
    private readonly ApiHost _host = new();

    private async Task<(string Id, string Reference)> LogAsync(string team = "Children in Care")
    {
        var logged = await (await _host.As("dev-officer").PostAsync("/api/cases", Json.Body(Json.Complaint(team: team)))).ReadObjectAsync();
        return ((string)logged["case"]!["id"]!, (string)logged["case"]!["reference"]!);
    }

    private async Task<JsonObject> PlaceAsync(string scope, string target, string reason = "IICSA: do not destroy records about children in care")
    {
        var response = await _host.As("dev-officer").PostAsync("/api/holds", Json.Body(new { scope, target, reason }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadObjectAsync();
    }

    private async Task<JsonArray> CaseHoldsAsync(string id) =>
        (JsonArray)(await (await _host.As("dev-officer").GetAsync($"/api/cases/{id}")).ReadObjectAsync())["holds"]!;

    [Fact]
    public async Task AHoldOnACaseByReferenceShowsOnThatCaseWithReasonAndWhoUntilLifted()
    {
        var (id, reference) = await LogAsync();
        var (other, _) = await LogAsync();

        var hold = await PlaceAsync("Case", reference, "Police investigation");

        Assert.Equal(id, (string?)hold["target"]);
        var shown = Assert.Single(await CaseHoldsAsync(id));
        Assert.Equal(("Police investigation", "dev-officer", "case"), ((string?)shown!["reason"], (string?)shown["setBy"], (string?)shown["scope"]));
        Assert.Empty(await CaseHoldsAsync(other));

        _host.Time.Advance(TimeSpan.FromDays(2));
        var lifted = await _host.As("dev-officer").PostAsync($"/api/holds/{hold["id"]}/lift", null);

        Assert.Equal(HttpStatusCode.OK, lifted.StatusCode);
        Assert.Empty(await CaseHoldsAsync(id));
        var kept = Assert.Single(await (await _host.As("dev-officer").GetAsync("/api/holds?includeLifted=true")).ReadArrayAsync());
        Assert.Equal("dev-officer", (string?)kept!["lifted"]!["by"]);
        Assert.Equal(_host.Time.GetUtcNow(), (DateTimeOffset)kept["lifted"]!["at"]!);
        Assert.Empty(await (await _host.As("dev-officer").GetAsync("/api/holds")).ReadArrayAsync());
        Assert.Equal(HttpStatusCode.Conflict, (await _host.As("dev-officer").PostAsync($"/api/holds/{hold["id"]}/lift", null)).StatusCode);
    }

    [Fact]
    public async Task TeamAndClassHoldsCoverEveryCaseTheyName()
    {
        var (inCare, _) = await LogAsync("Children in Care");
        var (fostering, _) = await LogAsync("Fostering");

        await PlaceAsync("Team", "Children in Care", "IICSA");
        Assert.Single(await CaseHoldsAsync(inCare));
        Assert.Empty(await CaseHoldsAsync(fostering));

        await PlaceAsync("Class", "StatutoryComplaint", "Judicial review");
        Assert.Equal(2, (await CaseHoldsAsync(inCare)).Count);
        Assert.Equal("Judicial review", (string?)Assert.Single(await CaseHoldsAsync(fostering))!["reason"]);
    }

    [Theory]
    [InlineData("""{"scope":"Case","target":"CC-1999-0001","reason":"x"}""", "target")]
    [InlineData("""{"scope":"Class","target":"Parking","reason":"x"}""", "target")]
    [InlineData("""{"scope":"Team","target":"Fostering","reason":"  "}""", "reason")]
    [InlineData("""{"target":"Fostering","reason":"x"}""", "scope")]
    [InlineData("""{"scope":"Everything","target":"Fostering","reason":"x"}""", "scope")]
    public async Task ABadHoldIsAProblemNamingTheFieldAndNothingIsPlaced(string body, string field)
    {
        var response = await _host.As("dev-officer").PostAsync("/api/holds", Json.Body(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (string?)(await response.ReadObjectAsync())["field"]);
        Assert.Empty(await (await _host.As("dev-officer").GetAsync("/api/holds?includeLifted=true")).ReadArrayAsync());
    }

    [Fact]
    public async Task OnlyTheComplaintsTeamMayPlaceListOrLiftHolds()
    {
        var hold = await PlaceAsync("Team", "Fostering");

        foreach (var persona in new[] { "dev-social-worker", "dev-manager" })
        {
            var someone = _host.As(persona);
            Assert.Equal(HttpStatusCode.Forbidden, (await someone.PostAsync("/api/holds", Json.Body(new { scope = "Team", target = "Fostering", reason = "x" }))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await someone.GetAsync("/api/holds")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await someone.PostAsync($"/api/holds/{hold["id"]}/lift", null)).StatusCode);
        }
        Assert.Single(await (await _host.As("dev-officer").GetAsync("/api/holds")).ReadArrayAsync());
    }

    public void Dispose() => _host.Dispose();
}
