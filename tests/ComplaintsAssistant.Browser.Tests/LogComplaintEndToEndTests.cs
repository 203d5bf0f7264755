using Microsoft.Playwright;

namespace ComplaintsAssistant.Browser.Tests;

/// <summary>
/// The done-when: a complaints officer logs a statutory complaint through Web Chat on the dev page, with the
/// real conversations, and sees the confirmation card with the reference and the due date in plain words.
/// </summary>
public sealed class LogComplaintEndToEndTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string SendBox = "[data-id='webchat-sendbox-input']";
    private const string Cards = ".webchat .ac-adaptiveCard";

    [Fact]
    public async Task ComplaintsOfficerLogsAStatutoryComplaintAndSeesTheReferenceAndDueDate()
    {
        var page = await fixture.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add("console: " + message.Text + " " + message.Location);
            }
        };

        await page.GotoAsync("/dev");
        await page.GetByLabel("Persona").SelectOptionAsync("dev-officer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start a new chat" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Chatting as Alex Complaints Officer.");
        await Assertions.Expect(page.Locator(Cards).Filter(new() { HasText = "Hello Alex Complaints Officer" })).ToBeVisibleAsync();

        await page.Locator(SendBox).FillAsync("log complaint");
        await page.Locator(SendBox).PressAsync("Enter");

        var form = page.Locator(Cards).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Log a complaint" }) });
        await Assertions.Expect(form).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await Assertions.Expect(form.GetByLabel("Kind of complaint")).ToHaveValueAsync("StatutoryComplaint");
        await Assertions.Expect(form.GetByLabel("Date received")).ToHaveValueAsync("2026-05-01");
        await form.GetByLabel("Team or service").SelectOptionAsync(new SelectOptionValue { Label = "Children in Care" });
        await form.GetByLabel("How it was received").SelectOptionAsync(new SelectOptionValue { Label = "Email" });
        await form.GetByLabel("Who is complaining").SelectOptionAsync(new SelectOptionValue { Label = "Parent" });
        await form.GetByLabel("Lack of communication").CheckAsync();
        await form.GetByLabel("Unhappy with assessment").CheckAsync();
        await form.GetByLabel("Who will respond (case owner)").SelectOptionAsync(new SelectOptionValue { Label = "Morgan Team Manager" });
        await form.GetByLabel("Summary").FillAsync("Visits cancelled without notice");
        await form.GetByRole(AriaRole.Button, new() { Name = "Log complaint" }).ClickAsync();

        var confirmation = page.Locator(Cards).Filter(new() { HasText = "Logged CC-2026-0001" });
        await Assertions.Expect(confirmation).ToBeVisibleAsync();
        await Assertions.Expect(confirmation.GetByText("Response due Monday 18 May — 10 working days")).ToBeVisibleAsync();
        await Assertions.Expect(confirmation.GetByText("Friday 1 May 2026")).ToBeVisibleAsync();
        await Assertions.Expect(confirmation.GetByText("Morgan Team Manager")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("due Monday 18 May — 10 working days").First).ToBeVisibleAsync();

        // The case card lists the concerns as one list, numbered 1 and 2 by Web Chat's markdown (a separate "2." would be drawn as "1.").
        await confirmation.GetByRole(AriaRole.Button, new() { Name = "Open case" }).ClickAsync();
        var caseCard = page.Locator(Cards).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "CC-2026-0001", Exact = true }) });
        await Assertions.Expect(caseCard).ToBeVisibleAsync();
        await Assertions.Expect(caseCard.Locator("ol")).ToHaveCountAsync(1);
        await Assertions.Expect(caseCard.Locator("ol > li")).ToHaveTextAsync(["Lack of communication", "Unhappy with assessment"]);
        await Assertions.Expect(caseCard.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" })).ToBeVisibleAsync();

        await Axe.AssertNoViolationsAsync(page);
        if (Environment.GetEnvironmentVariable("CA_BROWSER_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "logged-complaint.png"), FullPage = true });
        }

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>Web Chat keeps the refused form in the chat above the one shown again with its problems; putting the older
    /// copy right and sending it still logs the kind chosen on it.</summary>
    [Fact]
    public async Task AnOlderCopyOfARefusedFormKeepsTheKindChosenOnIt()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/dev");
        await page.GetByLabel("Persona").SelectOptionAsync("dev-manager");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start a new chat" }).ClickAsync();
        await Assertions.Expect(page.Locator(Cards).Filter(new() { HasText = "Hello Morgan Team Manager" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await page.Locator(SendBox).FillAsync("log complaint");
        await page.Locator(SendBox).PressAsync("Enter");
        var forms = page.Locator(Cards).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Log a complaint" }) });
        await Assertions.Expect(forms).ToHaveCountAsync(1, new() { Timeout = 15_000 });

        var older = forms.First;
        await older.GetByLabel("Kind of complaint").SelectOptionAsync("CorporateComplaint");
        await older.GetByLabel("Who is complaining").SelectOptionAsync(new SelectOptionValue { Label = "Parent" });
        await older.GetByRole(AriaRole.Button, new() { Name = "Log complaint" }).ClickAsync();

        var refused = forms.Nth(1);
        await Assertions.Expect(refused.GetByText("A complaint needs at least one concern (point of complaint) with a category.").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(refused.GetByLabel("Kind of complaint")).ToHaveValueAsync("CorporateComplaint");
        await Axe.AssertNoViolationsAsync(page);

        await older.GetByLabel("Lack of communication").CheckAsync();
        await older.GetByRole(AriaRole.Button, new() { Name = "Log complaint" }).ClickAsync();

        await Assertions.Expect(page.Locator(Cards).Filter(new() { HasText = "Logged CP-2026-0001" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
    }
}
