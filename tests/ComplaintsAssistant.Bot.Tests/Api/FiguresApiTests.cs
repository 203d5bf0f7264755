using System.Net;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Tests.Import;

namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>GET /api/figures: the published figures as JSON for a period and conventions, with the two years before.
/// Fostering was merged into Children in Care (Council:TeamMapping), so its cases stand under Children in Care.</summary>
public sealed class FiguresApiTests : IDisposable
{
    private readonly ApiHost _host = new(new() { ["Council:TeamMapping:Fostering"] = "Children in Care" });

    private async Task LogAsync(string receivedOn, string team)
    {
        var response = await _host.As("dev-officer").PostAsync("/api/cases", Json.Body(Json.Complaint(receivedOn: receivedOn, team: team)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task AnOfficerGetsAFigureWithTheTwoYearsBeforeItAndFormerTeamsUnderTodaysName()
    {
        await LogAsync("2026-05-01", "Children in Care");
        await LogAsync("2026-05-05", "Fostering");
        await LogAsync("2025-05-01", "Children in Care");

        var response = await _host.As("dev-officer").GetAsync("/api/figures/statutory.complaints.by_team?period=2026-27");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.ReadObjectAsync();
        Assert.Equal(2, (int)answer["current"]!["value"]!);
        Assert.Equal("Children in Care", (string?)answer["current"]!["breakdown"]![0]!["label"]);
        Assert.Single(answer["current"]!["breakdown"]!.AsArray());
        Assert.Equal(["2025/26", "2024/25"], answer["priorYears"]!.AsArray().Select(y => (string)y!["period"]!["label"]!));
        Assert.Equal([1, 0], answer["priorYears"]!.AsArray().Select(y => (int)y!["value"]!));
        Assert.Equal(1, (int)answer["change"]!);
        Assert.Equal("up 1 on 2025/26", (string?)answer["changeInWords"]);
    }

    [Fact]
    public async Task CompensationImportedForAPastYearIsAnsweredInPoundsAndPenceBesideTheYearBefore()
    {
        // Seed 002's compensation of 2018/19: £50.00, £50.00 and £58.50; the year before, one payment of £75.00.
        static string Record(string reference, string received, string stage, string amount) =>
            $$$"""{"reference":"{{{reference}}}","kind":"statutory_complaint","received":"{{{received}}}","received_via":"email","complainant":{"name":"A parent","relationship":"parent"},"child_complained":false,"advocate":null,"team":"Children in Care","concerns":[{"category":"Delay","outcome":"upheld"}],"stages":[{"stage":1,"opened":"{{{received}}}","due":null,"extended_due":null,"responded":"{{{received[..8]}}}20","outcome":"upheld","resolutions":["apology","financial_remedy"],"handled_by":"Team manager","panel_held":null}],"escalation_requests":[],"response":null,"children":[],"costs":[],"compensation":[{"stage":{{{stage}}},"reason":"Put right","amount":{{{amount}}},"paid":null}],"compliment":null,"member_enquiry":null,"ombudsman":null,"related_reference":null}""";
        var file = string.Join("\n", Record("OLD-1", "2018-05-01", "1", "50.00"), Record("OLD-2", "2018-06-01", "1", "50.00"),
            Record("OLD-3", "2018-07-02", "1", "58.50"), Record("OLD-4", "2017-07-03", "1", "75.00"));
        await _host.Patient("dev-officer").PostJsonLinesAsync(file).ImportedAsync();

        var response = await _host.As("dev-officer").GetAsync("/api/figures/costs.compensation?period=2018-19");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.ReadObjectAsync();
        var current = answer["current"]!;
        Assert.Equal(("pounds", 3, 158.50m), ((string?)current["unit"], (int)current["value"]!, (decimal)current["amount"]!));
        Assert.Equal(("Stage 1", 3, 158.50m), ((string?)current["breakdown"]![0]!["label"], (int)current["breakdown"]![0]!["count"]!, (decimal)current["breakdown"]![0]!["amount"]!));
        Assert.Equal(75.00m, (decimal)answer["priorYears"]![0]!["amount"]!);
        Assert.Equal("up £83.50 on 2017/18", (string?)answer["changeInWords"]);
    }

    [Fact]
    public async Task ACouncilsOwnWordForWhoGaveAComplimentIsWhatTheFigureShows()
    {
        var compliment = new JsonObject
        {
            ["kind"] = "compliment", ["receivedOn"] = "2026-05-01", ["howReceived"] = "email", ["team"] = "Children in Care",
            ["compliment"] = new JsonObject { ["category"] = "Practice", ["source"] = "other", ["sourceWords"] = "Independent Reviewing Officer", ["words"] = "Thank you." },
        };
        var logged = await _host.As("dev-officer").PostAsync("/api/cases", Json.Body(compliment));
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);

        var answer = await (await _host.As("dev-officer").GetAsync("/api/figures/compliments.by_source?period=2026-27&smallNumbersBelow=1")).ReadObjectAsync();

        Assert.Equal("Independent Reviewing Officer", (string?)answer["current"]!["breakdown"]![0]!["label"]);
    }

    [Fact]
    public async Task TheConventionsAreNamedInTheQuery()
    {
        await LogAsync("2026-05-01", "Children in Care");

        var every = await (await _host.As("dev-officer").GetAsync("/api/figures/statutory.complaints.by_stage?period=2026-27&stages=everyStage")).ReadObjectAsync();

        Assert.Contains("every stage it passed through", (string?)every["current"]!["convention"]);
    }

    [Fact]
    public async Task TheStatusIsAsAtTheDayAskedAndAYearEarlierForTheYearBefore()
    {
        await LogAsync("2026-05-01", "Children in Care");

        var asAt = await (await _host.As("dev-officer").GetAsync("/api/figures/statutory.complaints.by_outcome?period=2026-27&asAt=2027-03-31")).ReadObjectAsync();

        Assert.Contains("Status as at 31 March 2027", (string?)asAt["current"]!["convention"]);
        Assert.Contains("Status as at 31 March 2026", (string?)asAt["priorYears"]![0]!["convention"]);
    }

    [Fact]
    public async Task AManagerGetsEveryFigureForTheirTeamsButNotAnotherTeams()
    {
        await LogAsync("2026-05-01", "Children in Care");
        var manager = _host.As("dev-manager");

        var all = await manager.GetAsync("/api/figures?period=2026-27");
        var other = await manager.GetAsync("/api/figures?period=2026-27&team=Adoption");

        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        var ids = (await all.ReadArrayAsync()).Select(f => (string)f!["current"]!["id"]!).ToArray();
        Assert.Contains("statutory.complaints.by_outcome", ids);
        Assert.Contains("statutory.stage1.within_10_wd", ids);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Fact]
    public async Task StaffAreSentToTheChatForTheirFigures()
    {
        var response = await _host.As("dev-social-worker").GetAsync("/api/figures?period=2026-27");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("complaints team and managers", (string?)(await response.ReadObjectAsync())["detail"]);
    }

    [Theory]
    [InlineData("/api/figures?period=last-year", "period")]
    [InlineData("/api/figures?period=2026-27&rounding=nearest", "rounding")]
    [InlineData("/api/figures/adr.escalations_received?period=2026-27&adrEscalations=sometimes", "adrEscalations")]
    [InlineData("/api/figures/statutory.complaints.by_team?period=2026-27&stages=1", "stages")]
    [InlineData("/api/figures/statutory.complaints.by_outcome?period=2026-27&asAt=31/03/2027", "asAt")]
    public async Task AQueryItCannotReadIsRefusedNamingTheField(string path, string field)
    {
        var response = await _host.As("dev-officer").GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (string?)(await response.ReadObjectAsync())["field"]);
    }

    [Fact]
    public async Task AFigureThatDoesNotExistIsNotFound()
    {
        var response = await _host.As("dev-officer").GetAsync("/api/figures/no.such.figure?period=2026-27");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public void Dispose() => _host.Dispose();
}
