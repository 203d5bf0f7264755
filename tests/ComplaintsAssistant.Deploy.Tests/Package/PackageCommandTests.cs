using System.IO.Compression;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Package;

namespace ComplaintsAssistant.Deploy.Tests.Package;

/// <summary>The package command run as a council's IT would run it: a settings file, flags, a folder to write to.</summary>
public sealed class PackageCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-package-").FullName;

    private string Out => Path.Combine(_folder, "build");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task BuildsTheZipAndTheXmlManifestFromTheExampleSettings()
    {
        var (code, output, error) = await RunAsync("--config", ExampleConfig(), "--out", Out);
        Assert.True(code == 0, error);
        Assert.Contains("complaints-assistant.zip", output);

        using var zip = ZipFile.OpenRead(Path.Combine(Out, AppPackage.ZipName));
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        var json = await reader.ReadToEndAsync();
        Assert.Empty(TeamsManifestSchema.Validate(json));
        Assert.Equal("Example Council", (string?)JsonNode.Parse(json)!["developer"]!["name"]);

        var xml = await File.ReadAllTextAsync(Path.Combine(Out, AppPackage.AddinName));
        Assert.Empty(AddinManifestSchema.Validate(xml));
        Assert.Contains("https://complaints.example.gov.uk/addin/taskpane.html", xml);
    }

    [Fact]
    public async Task FlagsWinOverTheFile()
    {
        var (code, _, error) = await RunAsync("--config", ExampleConfig(), "--out", Out, "--host-name", "complaints.other.gov.uk", "--version", "2.0.1");
        Assert.True(code == 0, error);
        using var zip = ZipFile.OpenRead(Path.Combine(Out, AppPackage.ZipName));
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        var manifest = JsonNode.Parse(await reader.ReadToEndAsync())!;
        Assert.Equal(["complaints.other.gov.uk"], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.Equal("2.0.1", (string?)manifest["version"]);
    }

    [Fact]
    public async Task RefusesBadSettingsAndWritesNothing()
    {
        var (code, _, error) = await RunAsync("--config", ExampleConfig(), "--out", Out, "--bot-app-id", "not-a-guid", "--privacy-url", "http://x.gov.uk/p");
        Assert.Equal(1, code);
        Assert.Contains("botAppId: 'not-a-guid' is not a GUID", error);
        Assert.Contains("privacyUrl: 'http://x.gov.uk/p' is not an https:// address", error);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public async Task RefusesAnUnknownSettingInTheFile()
    {
        var config = Path.Combine(_folder, "package.json");
        var settings = JsonNode.Parse(await File.ReadAllTextAsync(ExampleConfig()))!.AsObject();
        settings["hostname"] = "typo.example.gov.uk";
        await File.WriteAllTextAsync(config, settings.ToJsonString());
        var (code, _, error) = await RunAsync("--config", config, "--out", Out);
        Assert.Equal(1, code);
        Assert.Contains("hostname: not a setting this tool knows", error);
    }

    [Fact]
    public async Task RefusesAnIconThatBreaksTeamsRules()
    {
        var (code, _, error) = await RunAsync("--config", ExampleConfig(), "--out", Out,
            "--outline-icon", Path.Combine(Repository.Root, "manifest", "color.png"));
        Assert.Equal(1, code);
        Assert.Contains("outline.png: is 192×192 pixels; Teams needs 32×32", error);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public async Task RefusesAVersionThatDoesNotMoveUp()
    {
        var (first, _, firstError) = await RunAsync("--config", ExampleConfig(), "--out", Out);
        Assert.True(first == 0, firstError);
        var previous = Path.Combine(_folder, "uploaded.zip");
        File.Copy(Path.Combine(Out, AppPackage.ZipName), previous);

        var (same, _, error) = await RunAsync("--config", ExampleConfig(), "--out", Out, "--previous", previous);
        Assert.Equal(1, same);
        Assert.Contains("version: 1.0.0 is not higher than 1.0.0", error);

        var (raised, _, raisedError) = await RunAsync("--config", ExampleConfig(), "--out", Out, "--previous", previous, "--version", "1.0.1");
        Assert.True(raised == 0, raisedError);
    }

    private static string ExampleConfig() => Path.Combine(Repository.Root, "manifest", "package.example.json");

    private Task<(int Code, string Output, string Error)> RunAsync(params string[] args) =>
        Dotnet.RunAsync(_folder, TimeSpan.FromMinutes(2), [Path.Combine(AppContext.BaseDirectory, "ComplaintsAssistant.Package.dll"), .. args]);
}
