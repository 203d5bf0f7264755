using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace ComplaintsAssistant.Package;

/// <summary>What the schemas can't see: icon pixels, where every URL points, the zip's layout, the version moving up.</summary>
internal static class PackageChecks
{
    public const string ColorIcon = "color.png";
    public const string OutlineIcon = "outline.png";
    public static readonly string[] ZipEntries = ["manifest.json", ColorIcon, OutlineIcon];

    /// <summary>JSON pointers of the links people click (the council's own pages); every other URL is something the app
    /// loads, and must be on the host.</summary>
    private static readonly string[] TeamsLinks = ["/$schema", "/developer/websiteUrl", "/developer/privacyUrl", "/developer/termsOfUseUrl"];

    /// <summary>Teams: colour icon 192×192; outline 32×32, white on a transparent background.</summary>
    public static IEnumerable<string> Icon(string name, byte[] bytes)
    {
        var outline = name == OutlineIcon;
        var size = outline ? 32 : 192;
        var png = Png.TryRead(bytes);
        if (png is null)
        {
            yield return $"{name}: is not a PNG file";
            yield break;
        }
        if ((png.Width, png.Height) != (size, size)) yield return $"{name}: is {png.Width}×{png.Height} pixels; Teams needs {size}×{size}";
        if (!outline) yield break;
        if (!png.HasAlpha)
        {
            yield return $"{name}: has no transparency; the outline icon must be white on a transparent background";
            yield break;
        }
        var pixels = png.Rgba();
        if (pixels is null)
        {
            yield return $"{name}: is a PNG layout this check can't read (use 8-bit RGBA, not interlaced)";
            yield break;
        }
        int drawn = 0, notWhite = 0;
        for (var i = 0; i < pixels.Length; i += 4)
        {
            if (pixels[i + 3] == 0) continue;
            drawn++;
            if (pixels[i] != 255 || pixels[i + 1] != 255 || pixels[i + 2] != 255) notWhite++;
        }
        var total = png.Width * png.Height;
        if (notWhite > 0) yield return $"{name}: {notWhite} visible pixels are not white; the outline icon must be white only";
        if (drawn == 0) yield return $"{name}: is fully transparent; nothing would show";
        else if (drawn == total) yield return $"{name}: has no transparent pixels; the background must be transparent";
    }

    /// <summary>Every URL in the Teams manifest is https, and everything the app loads is on the host.</summary>
    public static IEnumerable<string> TeamsUrls(JsonNode manifest, string host)
    {
        foreach (var (pointer, value) in Strings(manifest, ""))
        {
            if (!value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) continue;
            var problem = TeamsLinks.Contains(pointer) ? NotHttps(value) : NotOnHost(value, host);
            if (problem is not null) yield return $"manifest.json{pointer}: {problem}";
        }
        if (manifest["validDomains"] is not JsonArray domains || !domains.Any(d => string.Equals((string?)d, host, StringComparison.OrdinalIgnoreCase)))
            yield return $"manifest.json/validDomains: must list the host {host}";
    }

    /// <summary>The same for the XML add-in manifest: SupportUrl is a link; pages, icons and the app domain are on the host.</summary>
    public static IEnumerable<string> AddinUrls(XDocument manifest, string host)
    {
        foreach (var element in manifest.Descendants())
        {
            foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration && IsUrl(a.Value)))
            {
                var problem = element.Name.LocalName == "SupportUrl" ? NotHttps(attribute.Value) : NotOnHost(attribute.Value, host);
                if (problem is not null) yield return $"outlook-addin.xml <{element.Name.LocalName}>: {problem}";
            }
            if (!element.HasElements && IsUrl(element.Value) && NotOnHost(element.Value, host) is { } textProblem)
                yield return $"outlook-addin.xml <{element.Name.LocalName}>: {textProblem}";
        }
    }

    /// <summary>Teams wants the three files at the zip's root and nothing else (no folder around them).</summary>
    public static IEnumerable<string> ZipLayout(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        var names = zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToList();
        if (!names.SequenceEqual(ZipEntries.Order(StringComparer.Ordinal)))
            yield return $"{Path.GetFileName(zipPath)}: holds [{string.Join(", ", names)}]; Teams needs exactly [{string.Join(", ", ZipEntries)}] at the root";
    }

    /// <summary>Teams replaces an uploaded app only with a higher version.</summary>
    public static IEnumerable<string> VersionMovesUp(SemanticVersion version, string previousZip)
    {
        string? previousText;
        try
        {
            using var zip = ZipFile.OpenRead(previousZip);
            using var reader = new StreamReader(zip.GetEntry("manifest.json")?.Open() ?? Stream.Null);
            previousText = (string?)JsonNode.Parse(reader.ReadToEnd() is { Length: > 0 } t ? t : "{}")?["version"];
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            return [$"--previous {previousZip}: can't read its manifest.json ({e.Message})"];
        }
        if (!SemanticVersion.TryParse(previousText, out var previous))
            return [$"--previous {previousZip}: has no version like 1.0.0 in its manifest.json"];
        return version > previous ? [] : [$"version: {version} is not higher than {previous} in {Path.GetFileName(previousZip)}; raise it, or Teams keeps the old package"];
    }

    /// <summary>Each ribbon button opens an action a runtime declares.</summary>
    public static IEnumerable<string> RibbonActions(JsonNode manifest)
    {
        var extension = manifest["extensions"]?[0];
        if (extension is null) yield break;
        var actions = (extension["runtimes"] as JsonArray ?? []).SelectMany(r => r?["actions"] as JsonArray ?? []).Select(a => (string?)a?["id"]).ToHashSet();
        foreach (var (pointer, value) in Strings(extension["ribbons"], "/extensions/0/ribbons"))
            if (pointer.EndsWith("/actionId", StringComparison.Ordinal) && !actions.Contains(value))
                yield return $"manifest.json{pointer}: '{value}' is not an action any runtime declares";
    }

    private static bool IsUrl(string value) =>
        value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static string? NotHttps(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps ? null : $"'{value}' is not an https:// address";

    private static string? NotOnHost(string value, string host) =>
        NotHttps(value) ?? (string.Equals(new Uri(value).Host, host, StringComparison.OrdinalIgnoreCase) && new Uri(value).IsDefaultPort
            ? null
            : $"'{value}' is not on the host {host}; everything the app loads is served by the host");

    private static IEnumerable<(string Pointer, string Value)> Strings(JsonNode? node, string pointer)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o)
                    foreach (var found in Strings(child, $"{pointer}/{key.Replace("~", "~0").Replace("/", "~1")}")) yield return found;
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                    foreach (var found in Strings(a[i], $"{pointer}/{i}")) yield return found;
                break;
            case JsonValue v when v.TryGetValue<string>(out var text):
                yield return (pointer, text);
                break;
        }
    }
}
