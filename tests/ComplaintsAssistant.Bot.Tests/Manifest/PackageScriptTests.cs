using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.Tests.Manifest;

/// <summary>manifest/package.sh, run as a council's IT would run it, writing to a temp folder.</summary>
public sealed class PackageScriptTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ca-manifest-tests", Guid.NewGuid().ToString("N"));

    private string Output => Path.Combine(_folder, "complaints-assistant.zip");

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task BuildsAZipOfExactlyTheManifestAndTwoIcons()
    {
        var (code, _, error) = await RunAsync(TeamsManifest.TestValues);
        Assert.True(code == 0, error);

        using var zip = ZipFile.OpenRead(Output);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        var json = await reader.ReadToEndAsync();
        Assert.DoesNotContain("{{", json, StringComparison.Ordinal);
        Assert.Empty(TeamsManifest.Validate(json));
        Assert.Equal(TeamsManifest.TestValues["WEBSITE_URL"], (string?)JsonNode.Parse(json)!["developer"]!["websiteUrl"]); // '&' kept as is
        Assert.Equal(TeamsManifest.Fill(TeamsManifest.Template, TeamsManifest.TestValues).TrimEnd(), json.TrimEnd());
        foreach (var icon in new[] { "color.png", "outline.png" })
        {
            using var entry = zip.GetEntry(icon)!.Open();
            using var copy = new MemoryStream();
            await entry.CopyToAsync(copy);
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(TeamsManifest.Folder, icon)), copy.ToArray());
        }
    }

    [Fact]
    public async Task RefusesAMissingBotAppId()
    {
        var values = new Dictionary<string, string>(TeamsManifest.TestValues);
        values.Remove("BOT_APP_ID");
        var (code, _, error) = await RunAsync(values);
        Assert.NotEqual(0, code);
        Assert.Contains("BOT_APP_ID is not set", error);
        Assert.False(File.Exists(Output));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-guid")]
    [InlineData("28:6f1c2d3e-0000-4000-8000-0000000000aa")]
    [InlineData("6f1c2d3e00004000800000000000000aa")]
    [InlineData("6f1c2d3e-0000-4000-8000-0000000000aa\"")]
    public async Task RefusesABotAppIdThatIsNotAGuid(string appId)
    {
        var values = new Dictionary<string, string>(TeamsManifest.TestValues) { ["BOT_APP_ID"] = appId };
        var (code, _, error) = await RunAsync(values);
        Assert.NotEqual(0, code);
        Assert.Contains("BOT_APP_ID", error);
        Assert.False(File.Exists(Output));
    }

    [Theory]
    [InlineData("HOST_NAME", "https://complaints.example.gov.uk/")]
    [InlineData("PRIVACY_URL", "http://www.example.gov.uk/privacy")]
    [InlineData("TERMS_URL", "")]
    [InlineData("APP_VERSION", "1.0")]
    public async Task RefusesOtherBadValues(string name, string value)
    {
        var values = new Dictionary<string, string>(TeamsManifest.TestValues) { [name] = value };
        var (code, _, error) = await RunAsync(values);
        Assert.NotEqual(0, code);
        Assert.Contains(name, error);
        Assert.False(File.Exists(Output));
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string> values)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(TeamsManifest.Folder, "package.sh")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder,
        };
        Directory.CreateDirectory(_folder);
        foreach (var name in TeamsManifest.TestValues.Keys) start.Environment.Remove(name);
        foreach (var (name, value) in values) start.Environment[name] = value;
        start.Environment["OUTPUT"] = Output;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, await output, await error);
    }
}
