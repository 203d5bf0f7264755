using System.Net;
using System.Text.Json.Nodes;

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
