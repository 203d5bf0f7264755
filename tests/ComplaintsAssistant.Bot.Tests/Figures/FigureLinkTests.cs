using System.Net;
using System.Text;
using ComplaintsAssistant.Bot.FigureLinks;
using ComplaintsAssistant.Bot.Tests.Api;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Figures.Definitions;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsAssistant.Bot.Tests.Figures;

/// <summary>The card's "Download CSV" and "Open the report" links, through the real host with no sign-in: the signed
/// link is the only credential, so a changed or old link shows nothing, and a link shows only what its viewer may see.
/// The clock is 1 June 2026; Children in Care answered one stage 1 on time this year, Fostering one late.</summary>
public sealed class FigureLinkTests : IDisposable
{
    private readonly ApiHost _host = new();
    private readonly HttpClient _browser = new();
    private static readonly ReportingPeriod ThisYear = ReportingPeriod.FinancialYear(2026);

    public FigureLinkTests()
    {
        Answered("Children in Care", new(2026, 4, 1), new(2026, 4, 10), "Lack of communication");
        Answered("Fostering", new(2026, 4, 1), new(2026, 4, 30), "Finance");
        var compliment = Case.Log(new NewCase(CaseKind.Compliment, new(2026, 5, 4), HowReceived.Email, "Children in Care",
            Compliment: new ComplimentDetails("Child focus", ComplimentSource.YoungPerson, "She listened to me.")),
            "CO-2026-0001", Guid.NewGuid(), "dev-officer", _host.Time.GetUtcNow(), ClockRules.Default).Value;
        _host.Services.GetRequiredService<ICaseStore>().AddAsync(compliment, CaseIndex.Of(compliment, ClockRules.Default)).GetAwaiter().GetResult();
    }

    private int _number;

    private void Answered(string team, DateOnly receivedOn, DateOnly respondedOn, string concern)
    {
        var store = _host.Services.GetRequiredService<ICaseStore>();
        var subject = Case.Log(new NewCase(CaseKind.StatutoryComplaint, receivedOn, HowReceived.Email, team, "dev-manager",
            new Complainant(ComplainantRelationship.Parent, Name: "Pat Parent"), [], [concern]),
            $"CC-2026-{++_number:0000}", Guid.NewGuid(), "dev-officer", _host.Time.GetUtcNow(), ClockRules.Default).Value;
        Assert.True(subject.RecordResponse(new StageResponse(respondedOn, Outcome.Upheld, [Resolution.Apology], [new ConcernOutcome(1, Outcome.Upheld)]),
            "dev-manager", _host.Time.GetUtcNow()).Succeeded);
        store.AddAsync(subject, CaseIndex.Of(subject, ClockRules.Default)).GetAwaiter().GetResult();
    }

    private string Link(string figureId, string viewer, string? team = null) =>
        _host.Services.GetRequiredService<FigureLinkSigner>().Link(figureId, ThisYear, team, viewer);

    [Fact]
    public async Task TheCsvHasTheCardsNumbersAndLabelsForExcel()
    {
        var response = await _browser.GetAsync(Link("statutory.stage1.within_10_wd", "dev-officer"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("statutory-stage1-within_10_wd-2026-04-01-to-2027-03-31.csv", response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Contains("Figure,Stage 1 statutory complaints responded to within 10 working days", lines);
        Assert.Contains("Period,2026/27", lines);
        Assert.Contains("Teams,all teams", lines);
        Assert.Contains("Value,50%", lines);
        Assert.Contains("Within 10 working days,1,50%", lines);
        Assert.Contains("11–20 working days,1,50%", lines);
    }

    [Fact]
    public async Task SmallNumbersOfPeopleAreHiddenInTheCsvAndTheReport()
    {
        var csv = await _browser.GetStringAsync(Link("compliments.from_young_people", "dev-officer"));
        var report = await _browser.GetStringAsync(Link(FigureLink.Report, "dev-officer"));

        Assert.Contains("Value,fewer than 5", csv);
        Assert.Contains("Children in Care,fewer than 5,", csv);
        Assert.DoesNotContain("Children in Care,1", csv);
        Assert.Contains("<th scope=\"row\">Young person</th><td class=\"number\">fewer than 5</td><td class=\"number\"></td>", report);
        Assert.DoesNotContain("She listened to me", report);
    }

    [Fact]
    public async Task AManagersLinkShowsTheirTeamsOnlyAndAnotherTeamIsRefused()
    {
        var csv = await _browser.GetStringAsync(Link("statutory.complaints.by_team", "dev-social-worker"));
        Assert.Contains("Children in Care,1,100%", csv);
        Assert.DoesNotContain("Fostering", csv);

        var other = await _browser.GetAsync(Link("statutory.complaints.by_team", "dev-social-worker", team: "Fostering"));
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Contains("Not one of your teams", await other.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AChangedLinkIsRefusedAndShowsNothing()
    {
        var link = Link("statutory.stage1.within_10_wd", "dev-social-worker");

        foreach (var changed in new[] { link.Replace("viewer=dev-social-worker", "viewer=dev-officer"), link.Replace("to=2027-03-31", "to=2027-03-30"),
                     link + "&team=Fostering", link.Replace("sig=", "sig=x"), link[..link.IndexOf("&sig=", StringComparison.Ordinal)] })
        {
            var response = await _browser.GetAsync(changed);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            var page = await response.Content.ReadAsStringAsync();
            Assert.Contains("This link is not valid", page);
            Assert.DoesNotContain("%", page);
        }
    }

    [Fact]
    public async Task ALinkWorksForFifteenMinutes()
    {
        var link = Link(FigureLink.Report, "dev-officer");

        _host.Time.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(HttpStatusCode.OK, (await _browser.GetAsync(link)).StatusCode);
        _host.Time.Advance(TimeSpan.FromSeconds(1));
        var expired = await _browser.GetAsync(link);

        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("This link has expired", await expired.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheReportHasEveryFigureInTheCatalogueWithLastYearAndTables()
    {
        var page = await _browser.GetStringAsync(Link(FigureLink.Report, "dev-officer"));

        Assert.Contains("<title>Complaints figures, 2026/27</title>", page);
        foreach (var figure in FigureCatalogue.All) Assert.Contains($">{WebUtility.HtmlEncode(figure.Label)}</h2>", page);
        Assert.Contains("Same period a year earlier (2025/26)", page);
        Assert.Contains("<caption>Stage 1 statutory complaints responded to within 10 working days: breakdown, 2026/27</caption>", page);
        Assert.Contains("<th scope=\"row\">Finance</th><td class=\"number\">1</td>", page);
        Assert.DoesNotContain("Pat Parent", page);
        Assert.DoesNotContain("CC-2026", page);
    }

    public void Dispose()
    {
        _browser.Dispose();
        _host.Dispose();
    }
}
