using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ComplaintsAssistant.Browser.Tests;

/// <summary>The Outlook task pane as served by the real host, in a 320 px pane, with Outlook mocked (office-addin-mock):
/// a social worker's forward becomes a case from the original author with the day the council received it, and the same
/// email opened again shows that case instead of a second one.</summary>
public sealed partial class OutlookPaneTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string ForwardedComplaint = File.ReadAllText(Path.Combine(SamplesFolder(), "forwarded-complaint.eml"));

    [Fact]
    public async Task AForwardedComplaintBecomesACaseAndReopeningTheEmailShowsThatCase()
    {
        var page = await PaneAsync();
        await OutlookMock.WithOpenEmailAsync(page, ForwardedComplaint);
        await page.GotoAsync("/addin/taskpane.html");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check the draft", Level = 1 })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByLabel("Kind", new() { Exact = true })).ToHaveValueAsync("statutoryComplaint");
        await Assertions.Expect(page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("Ioana Price");
        // Sent 23:40 on Saturday 4 April (BST) to the social worker, forwarded on Monday: the council had it on Saturday.
        await Assertions.Expect(page.GetByLabel("Received by the council on")).ToHaveValueAsync("2026-04-04");
        await Assertions.Expect(page.GetByText("forwarded email's Sent/Date line")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Team").SelectOptionAsync(new SelectOptionValue { Label = "Children in Care" });
        await page.GetByLabel("Owner").SelectOptionAsync(new SelectOptionValue { Label = "Morgan Team Manager" });
        await page.GetByLabel("Lack of communication").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create case" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Case created" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var reference = await page.Locator("#reference").TextContentAsync();
        Assert.Matches(Reference(), reference);
        // Easter Monday 6 April 2026 is a bank holiday: day 1 is Tuesday 7 April, day 10 Monday 20 April.
        await Assertions.Expect(page.Locator("#due")).ToHaveTextAsync("due Monday 20 April — 10 working days");
        await Assertions.Expect(page.Locator("#owner-name")).ToHaveTextAsync("Morgan Team Manager");
        await Assertions.Expect(page.Locator("#kept")).ToHaveTextAsync("The email is kept with the case.", new() { Timeout = 15_000 });
        await Axe.AssertNoViolationsAsync(page);

        var again = await PaneAsync();
        await OutlookMock.WithOpenEmailAsync(again, ForwardedComplaint);
        await again.GotoAsync("/addin/taskpane.html");

        await Assertions.Expect(again.GetByRole(AriaRole.Heading, new() { Name = "This email is already a case" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(again.Locator("#reference")).ToHaveTextAsync(reference!);
        await Assertions.Expect(again.Locator("#owner-name")).ToHaveTextAsync("Morgan Team Manager");
        await Assertions.Expect(again.Locator("#kept")).ToHaveTextAsync("The email is kept with the case.", new() { Timeout = 15_000 });
        await Axe.AssertNoViolationsAsync(again);
        var caseId = await again.EvaluateAsync<string>("() => fetch('/api/cases/by-reference/' + document.getElementById('reference').textContent).then(r => r.json()).then(v => v.case.id)");
        var kept = await again.EvaluateAsync<int>($"() => fetch('/api/cases/{caseId}/emails').then(r => r.json()).then(list => list.length)");
        Assert.Equal(1, kept);
        // The pane's "already a case" is a read through the add-in; keeping the email again is not; this test's own two fetches are API reads.
        var reads = await again.EvaluateAsync<string[]>($"() => fetch('/api/cases/{caseId}/access-log').then(r => r.json()).then(list => list.map(r => r.through).reverse())");
        Assert.Equal(["outlookAddin", "api", "api"], reads);
    }

    [Fact]
    public async Task WhatTheCaseStillNeedsIsListedAndShownAtEachFieldKeepingWhatWasTyped()
    {
        var page = await PaneAsync();
        await OutlookMock.WithOpenEmailAsync(page, ForwardedComplaint.Replace("fwd.0161.884605710@mail.example", "refused-1@mail.example"));
        await page.GotoAsync("/addin/taskpane.html");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check the draft" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await page.GetByLabel("Summary").FillAsync("Visits cancelled; calls not returned.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Create case" }).ClickAsync();

        var alert = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(alert).ToContainTextAsync("The case was not created", new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByLabel("Owner")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel("Summary")).ToHaveValueAsync("Visits cancelled; calls not returned.");
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task EmailTextIsShownAsTextNeverAsHtml()
    {
        var page = await PaneAsync();
        var hostile = ForwardedComplaint.Replace("fwd.0161.884605710@mail.example", "hostile-1@mail.example")
            .Replace("Subject: FW: Complaint about my son's social worker", "Subject: FW: <img src=x onerror=\"document.title='pwned'\">complaint");
        await OutlookMock.WithOpenEmailAsync(page, hostile);
        await page.GotoAsync("/addin/taskpane.html");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check the draft" })).ToBeVisibleAsync(new() { Timeout = 15_000 });

        Assert.Equal(0, await page.Locator("main img").CountAsync());
        Assert.NotEqual("pwned", await page.TitleAsync());
    }

    [Fact]
    public async Task OutsideOutlookInLocalDevelopmentModeASampleEmailCanBeTried()
    {
        var page = await PaneAsync();
        await OutlookMock.NoOfficeAsync(page);
        await page.GotoAsync("/addin/taskpane.html");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Try the pane with a sample email" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "compliment" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check the draft" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByLabel("Kind", new() { Exact = true })).ToHaveValueAsync("compliment");
    }

    private async Task<IPage> PaneAsync()
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(320, 720);
        return page;
    }

    private static string SamplesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bot", "ComplaintsAssistant.Bot", "samples", "emails");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("bot/ComplaintsAssistant.Bot/samples/emails");
    }

    [GeneratedRegex(@"^CC-2026-\d{4}$")]
    private static partial Regex Reference();
}
