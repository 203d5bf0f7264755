using Microsoft.Playwright;

namespace ComplaintsAssistant.Browser.Tests;

/// <summary>
/// One bot host and one headless Debian Chromium (never a downloaded browser) for a test class.
/// Install it with <c>apt-get install -y chromium</c>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Playwright waits for what the page shows (auto-waiting locators and assertions); this limit only ends a
    /// hang. Its defaults (5 s for an assertion) mistake a busy machine for a failure.</summary>
    private const float HangLimitMs = 5 * 60_000;

    static BrowserFixture() => Assertions.SetDefaultExpectTimeout(HangLimitMs);

    private IPlaywright? _playwright;

    public BotHostFactory Host { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Host.StartServer();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-GB", BaseURL = Host.BaseUrl });
        context.SetDefaultTimeout(HangLimitMs);
        context.SetDefaultNavigationTimeout(HangLimitMs);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Host.DisposeAsync();
    }
}
