using System.Text.Json.Nodes;
using System.Xml.Linq;
using ComplaintsAssistant.Bot.Tests.Api;
using ComplaintsAssistant.Package;

namespace ComplaintsAssistant.Bot.Tests.Manifest;

/// <summary>Every icon the two manifests name is served by the host, over real HTTP, at the size the manifest says.</summary>
public class AddinAssetsTests
{
    public static TheoryData<string, int> IconsTheManifestsName()
    {
        var urls = new SortedSet<string>(StringComparer.Ordinal);
        void Walk(JsonNode? node)
        {
            if (node is JsonObject o) foreach (var (_, child) in o) Walk(child);
            else if (node is JsonArray a) foreach (var child in a) Walk(child);
            else if (node is JsonValue v && v.TryGetValue<string>(out var s) && s.Contains("/addin/icons/", StringComparison.Ordinal)) urls.Add(s);
        }
        Walk(TeamsManifest.Filled());
        foreach (var attribute in TeamsManifest.Addin().Descendants().Attributes().Where(a => a.Value.Contains("/addin/icons/", StringComparison.Ordinal)))
            urls.Add(attribute.Value);

        var data = new TheoryData<string, int>();
        foreach (var url in urls)
        {
            var path = new Uri(url).AbsolutePath;
            data.Add(path, int.Parse(path["/addin/icons/icon-".Length..^".png".Length]));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(IconsTheManifestsName))]
    public async Task IconIsServedAtItsSize(string path, int size)
    {
        using var host = new ApiHost();
        using var response = await host.CreateClient().GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var png = Png.TryRead(await response.Content.ReadAsByteArrayAsync());
        Assert.NotNull(png);
        Assert.Equal((size, size), (png.Width, png.Height));
        Assert.True(png.HasAlpha, "ribbon icons need a transparent background");
    }

    [Theory]
    [InlineData("/addin/icons/")]
    [InlineData("/addin/icons/icon-99.png")]
    [InlineData("/addin/../appsettings.json")]
    [InlineData("/addin/%2e%2e/appsettings.json")]
    public async Task NothingButTheAddinsFilesIsServed(string path)
    {
        using var host = new ApiHost();
        using var response = await host.CreateClient().GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void ManifestsNameEveryRibbonAndStoreIconSize() =>
        Assert.Equal([16, 32, 64, 80, 128], IconsTheManifestsName().Select(row => (int)row[1]).Order());
}
