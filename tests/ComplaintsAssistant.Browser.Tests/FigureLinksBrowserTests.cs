using System.Text;
using Microsoft.Playwright;

namespace ComplaintsAssistant.Browser.Tests;

/// <summary>The figure card's links in a real browser, from Web Chat on the dev page: "Open the report" opens the
/// accessible report for the period, and "Download CSV" fetches the figure as CSV for Excel, both with no sign-in.</summary>
public sealed class FigureLinksBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string SendBox = "[data-id='webchat-sendbox-input']";
    private const string Cards = ".webchat .ac-adaptiveCard";

    [Fact]
    public async Task AnOfficerOpensTheReportAndDownloadsTheCsvFromAFiguresCard()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/dev");
        await page.GetByLabel("Persona").SelectOptionAsync("dev-officer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start a new chat" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Chatting as Alex Complaints Officer.");
        await page.Locator(SendBox).FillAsync("stage 1 on time this year");
        await page.Locator(SendBox).PressAsync("Enter");
        var card = page.Locator(Cards).Filter(new() { HasText = "Stage 1 statutory complaints responded to within 10 working days" });
        await Assertions.Expect(card).ToBeVisibleAsync();

        var report = await page.RunAndWaitForPopupAsync(() => card.GetByRole(AriaRole.Button, new() { Name = "Open the report" }).ClickAsync());
        await report.WaitForLoadStateAsync();
        await Assertions.Expect(report).ToHaveTitleAsync("Complaints figures, 2026/27");
        await Assertions.Expect(report.GetByRole(AriaRole.Table, new() { Name = "Stage 1 statutory complaints responded to within 10 working days: breakdown, 2026/27" }))
            .ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(report);

        var csvUrl = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        page.Context.Request += (_, request) => { if (request.Url.Contains(".csv?", StringComparison.Ordinal)) csvUrl.TrySetResult(request.Url); };
        await card.GetByRole(AriaRole.Button, new() { Name = "Download CSV" }).ClickAsync();
        var csv = await page.APIRequest.GetAsync(await csvUrl.Task.WaitAsync(TimeSpan.FromMinutes(5))); // the other browser waits' hang limit

        Assert.Equal(200, csv.Status);
        var bytes = await csv.BodyAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Contains("Figure,Stage 1 statutory complaints responded to within 10 working days", Encoding.UTF8.GetString(bytes));
    }
}
