using System.IO.Compression;
using Microsoft.Playwright;

namespace ComplaintsAssistant.Browser.Tests;

/// <summary>The subject access pack's index.html, as the real host builds it, opened in chromium: readable by role and
/// name, and free of WCAG 2.2 A/AA violations.</summary>
public sealed class SubjectAccessPackBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly Dictionary<string, string> Officer = new() { ["X-Dev-Persona"] = "dev-officer" };

    [Fact]
    public async Task ThePacksIndexPageIsAxeCleanAndNamesTheCaseAndWhatToReview()
    {
        var page = await fixture.NewPageAsync();
        var api = page.APIRequest;
        var logged = await api.PostAsync("/api/cases", new() { Headers = Officer, DataObject = new
        {
            kind = "statutoryComplaint", receivedOn = "2026-04-28", howReceived = "email", team = "Children in Care", owner = "dev-manager",
            complainant = new { relationship = "parent", name = "Mary O'Brien", contact = "07700 900123" },
            children = new[] { new { ageBand = "tenToFifteen", gender = "female" } },
            concerns = new[] { "Lack of communication" }, summary = "Nobody returned my calls about my daughter.",
        } });
        Assert.Equal(201, logged.Status);
        var reference = (await logged.JsonAsync())!.Value.GetProperty("case").GetProperty("reference").GetString();
        var request = await api.PostAsync("/api/subject-access/requests", new() { Headers = Officer, DataObject = new
        {
            requester = "Mary O'Brien", phone = "+44 7700 900123", receivedOn = "2026-05-01",
        } });
        Assert.Equal(201, request.Status);
        var id = (await request.JsonAsync())!.Value.GetProperty("id").GetString();

        var pack = await api.PostAsync($"/api/subject-access/requests/{id}/pack", new() { Headers = Officer });

        Assert.Equal(200, pack.Status);
        using var zip = new ZipArchive(new MemoryStream(await pack.BodyAsync()));
        using var html = new StreamReader(zip.GetEntry("index.html")!.Open());
        await page.SetContentAsync(await html.ReadToEndAsync());
        await Assertions.Expect(page).ToHaveTitleAsync("Subject access pack SAR-2026-0001");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Case {reference}" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Items that may be other people's personal data" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = $"cases/{reference}/case.json" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }
}
