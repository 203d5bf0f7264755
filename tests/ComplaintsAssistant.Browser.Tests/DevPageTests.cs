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

    [Fact]
    public async Task ALongConversationScrollsInsideTheChatWhileThePageStaysTheSizeOfTheWindow()
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 720);
        await page.GotoAsync("/dev");
        await page.GetByLabel("Persona").SelectOptionAsync("dev-officer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start a new chat" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Chatting as Alex Complaints Officer.");
        await page.Locator(BotMessages).First.WaitForAsync();

        // Each help card is more than half the window tall.
        for (var i = 0; i < 3; i++)
        {
            var before = await page.Locator(BotMessages).CountAsync();
            await page.Locator(SendBox).FillAsync("help");
            await page.Locator(SendBox).PressAsync("Enter");
            await Assertions.Expect(page.Locator(BotMessages)).Not.ToHaveCountAsync(before);
        }

        var layout = await page.EvaluateAsync<System.Text.Json.JsonElement>(LayoutScript);
        double Px(string name) => layout.GetProperty(name).GetDouble();
        Assert.True(Px("pageHeight") <= Px("windowHeight"), $"The page grew to {Px("pageHeight")}px in a {Px("windowHeight")}px window.");
        Assert.True(Px("transcriptScrollHeight") > Px("transcriptHeight"), "The transcript should scroll inside the chat.");
        Assert.True(Px("sendBoxBottom") <= Px("windowHeight"), "The send box should stay in view.");
        await Axe.AssertNoViolationsAsync(page);
    }

    private const string LayoutScript = """
        () => {
          const transcript = document.querySelector('.webchat__basic-transcript__scrollable');
          const sendBox = document.querySelector("[data-id='webchat-sendbox-input']").getBoundingClientRect();
          return {
            pageHeight: document.documentElement.scrollHeight,
            windowHeight: window.innerHeight,
            transcriptScrollHeight: transcript.scrollHeight,
            transcriptHeight: transcript.clientHeight,
            sendBoxBottom: sendBox.bottom,
          };
        }
        """;
}
