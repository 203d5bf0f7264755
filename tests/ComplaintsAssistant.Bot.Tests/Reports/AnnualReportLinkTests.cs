using System.Net;
using System.Text.RegularExpressions;
using ComplaintsAssistant.Bot.FigureLinks;
using ComplaintsAssistant.Bot.Tests.Api;
using ComplaintsAssistant.Core.Figures;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsAssistant.Bot.Tests.Reports;

/// <summary>From the figures card: "Open the report" shows the period's figures, and for the complaints team and managers
/// links to the year's annual report, signed for the same viewer like the page itself.</summary>
public sealed partial class AnnualReportLinkTests : IDisposable
{
    private readonly ApiHost _host = new();
    private readonly HttpClient _browser = new();
    private static readonly ReportingPeriod Year = ReportingPeriod.FinancialYear(2025);

    public void Dispose()
    {
        _browser.Dispose();
        _host.Dispose();
    }

    private string Link(string figureId, string viewer) => _host.Services.GetRequiredService<FigureLinkSigner>().Link(figureId, Year, null, viewer);

    [Fact]
    public async Task TheFiguresPageLinksAnOfficerToTheYearsAnnualReportInEachFormat()
    {
        var page = await _browser.GetStringAsync(Link(FigureLink.Report, "dev-officer"));
        var word = WebUtility.HtmlDecode(AnnualLink().Matches(page).Select(m => m.Groups[1].Value).Single(l => l.EndsWith("format=docx", StringComparison.Ordinal)));

        var response = await _browser.GetAsync(word);

        Assert.Contains("The annual report for 2025/26", page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("annual-report-2025-26.docx", response.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task StaffGetNoLinkAndTheirSignedLinkIsRefused()
    {
        var page = await _browser.GetStringAsync(Link(FigureLink.Report, "dev-social-worker"));
        var response = await _browser.GetAsync(Link(FigureLink.AnnualReport, "dev-social-worker") + "&format=html");

        Assert.Empty(AnnualLink().Matches(page));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Reports are produced by the complaints team and managers", await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("href=\"([^\"]*/figures/annual-report\\?[^\"]*)\"")]
    private static partial Regex AnnualLink();
}
