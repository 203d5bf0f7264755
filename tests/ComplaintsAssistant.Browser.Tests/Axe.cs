using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace ComplaintsAssistant.Browser.Tests;

/// <summary>
/// axe-core 4.14.1 (from this project's web/node_modules, never a CDN) injected into the page:
/// asserts no WCAG 2.0/2.1/2.2 level A or AA violations.
/// </summary>
public static class Axe
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

    public static string ScriptPath { get; } = FindScript();

    public static async Task AssertNoViolationsAsync(IPage page, string? context = null)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = ScriptPath });
        var result = await page.EvaluateAsync<JsonElement>(
            "async ([context, tags]) => await axe.run(context ?? document, { runOnly: { type: 'tag', values: tags } })",
            new object?[] { context, Tags });
        var violations = result.GetProperty("violations");
        Assert.True(violations.GetArrayLength() == 0, Describe(violations));
    }

    private static string Describe(JsonElement violations)
    {
        var text = new StringBuilder("Accessibility violations:\n");
        foreach (var violation in violations.EnumerateArray())
        {
            text.Append("- ").Append(violation.GetProperty("id").GetString()).Append(": ")
                .Append(violation.GetProperty("help").GetString()).Append('\n');
            foreach (var node in violation.GetProperty("nodes").EnumerateArray().Take(5))
            {
                text.Append("    ").Append(node.GetProperty("html").GetString()).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string FindScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "ComplaintsAssistant.Browser.Tests", "web", "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("axe-core not installed: run 'npm ci' in tests/ComplaintsAssistant.Browser.Tests/web.");
    }
}
