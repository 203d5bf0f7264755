using System.IO.Compression;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Package;

namespace ComplaintsAssistant.Deploy.Tests.Package;

/// <summary>The checks the schemas can't make: settings, icons, URLs on the host, ribbon actions.</summary>
public class PackageChecksTests
{
    [Fact]
    public void DefaultPackagePassesEveryCheck() =>
        Assert.Empty(AppPackage.Check(Rendered.Default(), TestSettings.HostName));

    [Theory]
    [InlineData("botAppId", "", "botAppId: missing")]
    [InlineData("botAppId", "28:6f1c2d3e-0000-4000-8000-0000000000aa", "botAppId: '28:6f1c2d3e-0000-4000-8000-0000000000aa' is not a GUID")]
    [InlineData("apiClientId", "api://0a1b2c3d", "apiClientId: 'api://0a1b2c3d' is not a GUID")]
    [InlineData("hostName", "https://complaints.example.gov.uk/", "hostName: 'https://complaints.example.gov.uk/' is not a bare host name")]
    [InlineData("hostName", "complaints.example.gov.uk:8443", "is not a bare host name")]
    [InlineData("privacyUrl", "http://www.example.gov.uk/privacy", "privacyUrl: 'http://www.example.gov.uk/privacy' is not an https:// address")]
    [InlineData("termsOfUseUrl", "", "termsOfUseUrl: missing")]
    [InlineData("version", "1.0", "version: '1.0' is not a version like 1.0.0")]
    [InlineData("version", "1.02.0", "is not a version like 1.0.0")]
    [InlineData("version", "1.0.100000", "is not a version like 1.0.0")]
    [InlineData("accentColor", "blue", "accentColor: 'blue' is not a colour like #1D70B8")]
    [InlineData("shortName", "Children's Services Complaints Assistant", "shortName: 'Children's Services Complaints Assistant' is 40 characters; Teams allows at most 30")]
    [InlineData("outlookAddinId", TestSettings.BotAppId, "outlookAddinId: must differ from botAppId")]
    public void BadSettingIsNamedWithItsRule(string key, string value, string expected)
    {
        var settings = TestSettings.Create();
        Assert.True(settings.TrySetFlag(PackageSettings.KeyToFlag(key), value));
        Assert.Contains(settings.Problems(), p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void UrlOffTheHostIsRefusedWhereTheAppLoadsIt()
    {
        var manifests = Rendered.Default();
        var teams = Rendered.Teams(manifests);
        teams["extensions"]![0]!["runtimes"]![0]!["code"]!["page"] = "https://cdn.example.com/taskpane.html";
        var spoiled = manifests with
        {
            TeamsJson = teams.ToJsonString(),
            AddinXml = manifests.AddinXml.Replace($"https://{TestSettings.HostName}/addin/icons/icon-80.png", "https://cdn.example.com/icon-80.png", StringComparison.Ordinal),
        };
        var problems = AppPackage.Check(spoiled, TestSettings.HostName);
        Assert.Contains(problems, p => p.StartsWith("manifest.json/extensions/0/runtimes/0/code/page: 'https://cdn.example.com/taskpane.html' is not on the host", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("outlook-addin.xml <Image>: 'https://cdn.example.com/icon-80.png' is not on the host", StringComparison.Ordinal));
    }

    [Fact]
    public void CouncilLinksMayLiveElsewhereButMustBeHttps()
    {
        var teams = Rendered.Teams();
        Assert.Empty(PackageChecks.TeamsUrls(teams, TestSettings.HostName)); // privacy and terms are on www.example.gov.uk
        teams["developer"]!["privacyUrl"] = "http://www.example.gov.uk/privacy";
        Assert.Contains(PackageChecks.TeamsUrls(teams, TestSettings.HostName), p => p.Contains("is not an https:// address", StringComparison.Ordinal));
    }

    [Fact]
    public void HostMissingFromValidDomainsIsRefused()
    {
        var teams = Rendered.Teams();
        teams["validDomains"] = new JsonArray("example.gov.uk");
        Assert.Contains(PackageChecks.TeamsUrls(teams, TestSettings.HostName), p => p == $"manifest.json/validDomains: must list the host {TestSettings.HostName}");
    }

    [Fact]
    public void RibbonButtonMustOpenADeclaredAction()
    {
        var teams = Rendered.Teams();
        teams["extensions"]![0]!["ribbons"]![0]!["tabs"]![0]!["groups"]![0]!["controls"]![0]!["actionId"] = "openSomethingElse";
        Assert.Contains(PackageChecks.RibbonActions(teams), p => p.Contains("'openSomethingElse' is not an action any runtime declares", StringComparison.Ordinal));
    }

    [Fact]
    public void DefaultIconsKeepTeamsRules()
    {
        var manifests = Rendered.Default();
        Assert.Empty(PackageChecks.Icon("color.png", manifests.ColorIcon));
        Assert.Empty(PackageChecks.Icon("outline.png", manifests.OutlineIcon));
        Assert.Equal((192, 192), Size(manifests.ColorIcon));
        Assert.Equal((32, 32), Size(manifests.OutlineIcon));
    }

    [Fact]
    public void WrongIconsAreRefusedSayingWhy()
    {
        var manifests = Rendered.Default();
        Assert.Contains(PackageChecks.Icon("color.png", manifests.OutlineIcon), p => p == "color.png: is 32×32 pixels; Teams needs 192×192");
        Assert.Contains(PackageChecks.Icon("outline.png", manifests.ColorIcon), p => p == "outline.png: is 192×192 pixels; Teams needs 32×32");
        Assert.Contains(PackageChecks.Icon("outline.png", manifests.ColorIcon), p => p.Contains("visible pixels are not white", StringComparison.Ordinal));
        Assert.Contains(PackageChecks.Icon("outline.png", "not a png"u8.ToArray()), p => p == "outline.png: is not a PNG file");
        Assert.Contains(PackageChecks.Icon("outline.png", SolidWhite(32)), p => p.Contains("the background must be transparent", StringComparison.Ordinal));
    }

    [Fact]
    public void VersionMustMoveUpFromThePreviousPackage()
    {
        var folder = Directory.CreateTempSubdirectory("ca-previous-").FullName;
        try
        {
            var previous = Path.Combine(folder, "previous.zip");
            using (var zip = ZipFile.Open(previous, ZipArchiveMode.Create))
            using (var writer = new StreamWriter(zip.CreateEntry("manifest.json").Open()))
                writer.Write("""{ "version": "1.4.0" }""");
            Assert.Empty(PackageChecks.VersionMovesUp(new SemanticVersion(1, 10, 0), previous));
            Assert.Contains(PackageChecks.VersionMovesUp(new SemanticVersion(1, 4, 0), previous), p => p.StartsWith("version: 1.4.0 is not higher than 1.4.0", StringComparison.Ordinal));
            Assert.NotEmpty(PackageChecks.VersionMovesUp(new SemanticVersion(1, 3, 9), previous));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (int, int) Size(byte[] png) => (Png.TryRead(png)!.Width, Png.TryRead(png)!.Height);

    /// <summary>An opaque white RGBA PNG, written here with the standard library.</summary>
    private static byte[] SolidWhite(int size)
    {
        var raw = new byte[size * (size * 4 + 1)];
        for (var y = 0; y < size; y++)
            Array.Fill(raw, (byte)255, y * (size * 4 + 1) + 1, size * 4);
        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) z.Write(raw);
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10]);
        Chunk(png, "IHDR", [0, 0, 0, (byte)size, 0, 0, 0, (byte)size, 8, 6, 0, 0, 0]);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream stream, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        stream.Write(length);
        stream.Write(System.Text.Encoding.ASCII.GetBytes(type));
        stream.Write(data);
        stream.Write([0, 0, 0, 0]); // CRC: our reader doesn't check it
    }
}
