using System.Text.Json;
using Microsoft.Playwright;

namespace ComplaintsAssistant.Browser.Tests;

/// <summary>Every card the bot can send (CardGallery/cards, written by the bot tests' gallery) rendered by the official
/// <c>adaptivecards</c> 3.0.6 renderer in Debian Chromium: no parse or validation warnings, something drawn, and axe passes.</summary>
public sealed class AdaptiveCardRenderingTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string> Cards() => new(Directory.GetFiles(Gallery.CardsFolder, "*.json").Select(Path.GetFileNameWithoutExtension).Order()!);

    [Fact]
    public void GalleryHasCards() => Assert.True(Directory.GetFiles(Gallery.CardsFolder, "*.json").Length >= 20);

    [Theory]
    [MemberData(nameof(Cards))]
    public async Task CardRendersWithoutWarningsAndPassesAxe(string name)
    {
        var page = await fixture.NewPageAsync();
        var pageErrors = new List<string>();
        page.PageError += (_, error) => pageErrors.Add(error);
        await page.SetContentAsync("<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Card gallery</title></head>"
            + "<body><main><h1>Card</h1><div id=\"card\"></div></main></body></html>");
        await page.AddScriptTagAsync(new() { Path = Gallery.RendererScript });
        await page.AddStyleTagAsync(new() { Path = Gallery.RendererStyles });
        await page.AddStyleTagAsync(new() { Content = Gallery.HostStyles });

        var result = await page.EvaluateAsync<JsonElement>(Gallery.RenderScript, File.ReadAllText(Path.Combine(Gallery.CardsFolder, name + ".json")));

        var problems = result.GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToArray();
        Assert.True(problems.Length == 0, $"{name}: {string.Join("; ", problems)}");
        Assert.True(result.GetProperty("rendered").GetBoolean(), $"{name}: nothing rendered");
        Assert.True(result.GetProperty("inputs").GetInt32() >= 0);
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Gallery.CardsFolder, name + ".json")));
        var charts = Charts(json.RootElement).ToArray();
        Assert.Equal(charts.Length, result.GetProperty("fallbacks").GetInt32());
        // What Web Chat and Teams mobile show instead of a chart: its title and every bar's number.
        var shown = result.GetProperty("text").GetString()!;
        foreach (var chart in charts)
        {
            Assert.Contains(chart.GetProperty("title").GetString()!, shown);
            foreach (var bar in chart.GetProperty("data").EnumerateArray())
                Assert.Contains(bar.GetProperty("x").GetString()!, shown);
        }
        await Axe.AssertNoViolationsAsync(page, "#card");
        Assert.Empty(pageErrors);
        if (Environment.GetEnvironmentVariable("CA_BROWSER_SCREENSHOTS") is { Length: > 0 } folder)
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"card-{name}.png"), FullPage = true });
    }

    private static IEnumerable<JsonElement> Charts(JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            if (node.TryGetProperty("type", out var type) && type.GetString()?.StartsWith("Chart.", StringComparison.Ordinal) == true) yield return node;
            foreach (var child in node.EnumerateObject().SelectMany(p => Charts(p.Value))) yield return child;
        }
        else if (node.ValueKind == JsonValueKind.Array)
            foreach (var child in node.EnumerateArray().SelectMany(Charts)) yield return child;
    }
}
