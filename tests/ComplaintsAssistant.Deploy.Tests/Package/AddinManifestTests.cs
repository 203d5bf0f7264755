using System.Xml.Linq;
using ComplaintsAssistant.Package;

namespace ComplaintsAssistant.Deploy.Tests.Package;

/// <summary>manifest/outlook-addin.xml (Outlook on Mac and other clients the unified manifest doesn't reach), filled from
/// the same settings, against the official add-in XSDs.</summary>
public class AddinManifestTests
{
    [Fact]
    public void FilledManifestMatchesTheOfficialSchemas()
    {
        var errors = AddinManifestSchema.Validate(Rendered.Default().AddinXml);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>The XSDs really are applied: order, enumerations and types all count.</summary>
    [Theory]
    [InlineData("<Permissions>ReadItem</Permissions>", "<Permissions>ReadEverything</Permissions>")]
    [InlineData("<DefaultLocale>en-GB</DefaultLocale>", "")]
    [InlineData("<Hosts>\n    <Host Name=\"Mailbox\" />\n  </Hosts>", "<Hosts>\n    <Host Name=\"Mailbox\" />\n  </Hosts>\n  <Unknown />")]
    [InlineData("xsi:type=\"ShowTaskpane\"", "xsi:type=\"OpenEverything\"")]
    [InlineData("<bt:Image size=\"16\" resid=\"Icon16\" />", "<bt:Image size=\"sixteen\" resid=\"Icon16\" />")]
    public void SchemasRefuseARealMistake(string good, string bad)
    {
        var xml = Rendered.Default().AddinXml;
        Assert.Contains(good, xml);
        Assert.NotEmpty(AddinManifestSchema.Validate(xml.Replace(good, bad, StringComparison.Ordinal)));
    }

    [Fact]
    public void ReadModeButtonOpensTheSameTaskPaneAsTheUnifiedApp()
    {
        var manifests = Rendered.Default();
        var addin = Rendered.Addin(manifests);
        var page = (string?)Rendered.Teams(manifests)["extensions"]![0]!["runtimes"]![0]!["code"]!["page"];
        Assert.Equal(page, (string?)addin.Descendants(Rendered.BasicTypes + "Url").Single().Attribute("DefaultValue"));
        Assert.Equal(page, (string?)addin.Descendants(Rendered.Office + "SourceLocation").Single().Attribute("DefaultValue"));
        Assert.Equal("ReadItem", (string?)addin.Root!.Element(Rendered.Office + "Permissions"));
        Assert.Equal("MessageReadCommandSurface", (string?)addin.Descendants(Rendered.Overrides11 + "ExtensionPoint").Single().Attribute(XName.Get("type", "http://www.w3.org/2001/XMLSchema-instance")));
        Assert.Equal("1.14", (string?)addin.Root.Element(Rendered.Office + "Requirements")!.Descendants(Rendered.Office + "Set").Single().Attribute("MinVersion"));
        Assert.Equal("1.14", (string?)addin.Descendants(Rendered.BasicTypes + "Sets").Single().Attribute("DefaultMinVersion"));
    }

    [Fact]
    public void VersionIsTheAppVersionWithAFourthPart()
    {
        var settings = TestSettings.Create();
        settings.Version = "2.13.7";
        Assert.Equal("2.13.7.0", (string?)Rendered.Addin(Rendered.For(settings)).Root!.Element(Rendered.Office + "Version"));
    }

    [Fact]
    public void AddinIdIsStableDiffersFromTheAppIdAndCanBeGiven()
    {
        var id = (string?)Rendered.Addin().Root!.Element(Rendered.Office + "Id");
        Assert.True(Guid.TryParse(id, out var guid));
        Assert.Equal(id, (string?)Rendered.Addin(Rendered.For(TestSettings.Create())).Root!.Element(Rendered.Office + "Id"));
        Assert.NotEqual(Guid.Parse(TestSettings.BotAppId), guid);
        Assert.Equal(5, guid.Version);

        var other = TestSettings.Create();
        other.BotAppId = "6f1c2d3e-0000-4000-8000-0000000000ff";
        Assert.NotEqual(id, (string?)Rendered.Addin(Rendered.For(other)).Root!.Element(Rendered.Office + "Id"));

        var given = TestSettings.Create();
        given.OutlookAddinId = "11111111-2222-4333-8444-555555555555";
        Assert.Equal(given.OutlookAddinId, (string?)Rendered.Addin(Rendered.For(given)).Root!.Element(Rendered.Office + "Id"));
    }

    [Fact]
    public void RibbonIconsAreTheUnifiedAppsIconsAndTheStoreIconsAreLarger()
    {
        var addin = Rendered.Addin();
        string Url(int size) => $"https://{TestSettings.HostName}/addin/icons/icon-{size}.png";
        Assert.Equal([Url(16), Url(32), Url(80)], addin.Descendants(Rendered.BasicTypes + "Image").Where(i => i.Attribute("DefaultValue") is not null).Select(i => (string?)i.Attribute("DefaultValue")));
        Assert.Equal(Url(64), (string?)addin.Root!.Element(Rendered.Office + "IconUrl")!.Attribute("DefaultValue"));
        Assert.Equal(Url(128), (string?)addin.Root!.Element(Rendered.Office + "HighResolutionIconUrl")!.Attribute("DefaultValue"));
    }
}
