using Microsoft.Playwright;

namespace ComplaintsAssistant.Browser.Tests;

/// <summary>The local try-out page in a real browser: accessible, and a persona can chat with the bot.</summary>
public sealed class DevPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string SendBox = "[data-id='webchat-sendbox-input']";
    private const string BotMessages = ".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content";

    [Fact]
    public async Task PageLoadsPassesAxeAndAPersonaGetsAnAnswerToHelp()
    {
        var page = await fixture.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync("/dev");
        await page.Locator(SendBox).WaitForAsync();
        await Assertions.Expect(page).ToHaveTitleAsync("Complaints Assistant – local try-out");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Persona").SelectOptionAsync("dev-manager");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start a new chat" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Chatting as Morgan Team Manager.");
        await page.Locator(BotMessages).First.WaitForAsync();
        var before = await page.Locator(BotMessages).CountAsync();

        await page.Locator(SendBox).FillAsync("help");
        await page.Locator(SendBox).PressAsync("Enter");

        await Assertions.Expect(page.Locator(BotMessages)).Not.ToHaveCountAsync(before);
        await Axe.AssertNoViolationsAsync(page);
        if (Environment.GetEnvironmentVariable("CA_BROWSER_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "dev-page.png"), FullPage = true });
        }

        Assert.Empty(errors);
    }
}
