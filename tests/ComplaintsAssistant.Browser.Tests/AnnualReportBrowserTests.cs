using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ComplaintsAssistant.Browser.Tests;

/// <summary>The annual report's HTML rendering in real chromium, as an officer opens it from the API: axe finds nothing,
/// each chart is an image named by its alt text after the table that carries its numbers, and printing keeps the tables
/// and drops the section links.</summary>
public sealed class AnnualReportBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task TheHtmlAnnualReportIsAccessibleOnScreenAndInPrint()
    {
        await SeedAsync();
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/api/reports/annual?year=2025-26&format=html");

        await Assertions.Expect(page).ToHaveTitleAsync("Complaints and representations about children's social care: annual report 2025/26");
        var stage1 = page.GetByRole(AriaRole.Table, new() { Name = "Stage 1 statutory complaints responded to within 10 working days, 2023/24 to 2025/26" });
        await Assertions.Expect(stage1.GetByRole(AriaRole.Columnheader, new() { Name = "2025/26", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(stage1.GetByRole(AriaRole.Rowheader, new() { Name = "Within 10 working days" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Bar chart of stage 1 statutory complaints responded to within 10 working days" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Learning from complaints and the action plan", Level = 2 })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Sections" })).ToBeHiddenAsync();
        await Assertions.Expect(stage1).ToBeVisibleAsync();
    }

    /// <summary>A stage 1 complaint answered on time in 2025/26 and one late in 2024/25, so tables and charts have rows.</summary>
    private async Task SeedAsync()
    {
        var store = fixture.Host.Services.GetRequiredService<ICaseStore>();
        foreach (var (received, responded, n) in new[] { (new DateOnly(2025, 6, 2), new DateOnly(2025, 6, 12), 1), (new DateOnly(2024, 6, 3), new DateOnly(2024, 6, 24), 2) })
        {
            var now = new DateTimeOffset(responded.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
            var subject = Case.Log(new NewCase(CaseKind.StatutoryComplaint, received, HowReceived.Email, "Children in Care", "dev-manager",
                new Complainant(ComplainantRelationship.Parent), [], ["Lack of communication"]),
                $"CC-REPORT-{n}", Guid.NewGuid(), "dev-officer", now, ClockRules.Default).Value;
            Assert.True(subject.RecordResponse(new StageResponse(responded, Outcome.Upheld, [Resolution.Apology], [new ConcernOutcome(1, Outcome.Upheld)]),
                "dev-manager", now).Succeeded);
            await store.AddAsync(subject, CaseIndex.Of(subject, ClockRules.Default));
        }
    }
}
