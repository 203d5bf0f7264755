using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;

namespace ComplaintsAssistant.Package;

/// <summary>The two manifests a council installs, filled from one set of settings.</summary>
internal sealed record Manifests(string TeamsJson, string AddinXml, byte[] ColorIcon, byte[] OutlineIcon);

/// <param name="Problems">Why nothing was written; empty on success.</param>
internal sealed record PackageResult(IReadOnlyList<string> Problems, string? ZipPath, string? AddinPath);

/// <summary>Builds the Teams app zip (Teams, Outlook on the web and new/classic Outlook for Windows) and the XML add-in
/// manifest (Outlook clients the unified manifest doesn't reach), checks both, and writes them only if every check passes.</summary>
internal static class AppPackage
{
    public const string ZipName = "complaints-assistant.zip";
    public const string AddinName = "outlook-addin.xml";

    public static PackageResult Build(PackageSettings settings, string outFolder, string? previousZip = null)
    {
        var problems = settings.Problems().ToList();
        if (problems.Count > 0) return new(problems, null, null);

        var (manifests, iconProblems) = Render(settings);
        if (manifests is null) return new(iconProblems, null, null);
        problems.AddRange(Check(manifests, settings.HostName!.ToLowerInvariant()));
        if (previousZip is not null)
        {
            SemanticVersion.TryParse(settings.Version, out var version);
            problems.AddRange(PackageChecks.VersionMovesUp(version, previousZip));
        }
        if (problems.Count > 0) return new(problems, null, null);

        Directory.CreateDirectory(outFolder);
        var zipPath = Path.GetFullPath(Path.Combine(outFolder, ZipName));
        var addinPath = Path.GetFullPath(Path.Combine(outFolder, AddinName));
        WriteZip(zipPath, manifests);
        var layout = PackageChecks.ZipLayout(zipPath).ToList();
        if (layout.Count > 0)
        {
            File.Delete(zipPath);
            return new(layout, null, null);
        }
        File.WriteAllText(addinPath, manifests.AddinXml, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return new([], zipPath, addinPath);
    }

    /// <summary>Fills both templates; the icons come from the settings' paths or are ours.</summary>
    public static (Manifests? Manifests, IReadOnlyList<string> Problems) Render(PackageSettings settings)
    {
        var values = Templates.Values(settings);
        var problems = new List<string>();
        var colour = ReadIcon("colorIcon", settings.ColorIcon, "manifest/" + PackageChecks.ColorIcon, problems);
        var outline = ReadIcon("outlineIcon", settings.OutlineIcon, "manifest/" + PackageChecks.OutlineIcon, problems);
        if (colour is null || outline is null) return (null, problems);
        return (new Manifests(
            Templates.FillJson(Resources.Text(Templates.TeamsManifest), values),
            Templates.FillXml(Resources.Text(Templates.AddinManifest), values),
            colour, outline), problems);
    }

    /// <summary>Everything that must hold before a council uploads: both schemas, icons, URLs, ribbon actions.</summary>
    public static IReadOnlyList<string> Check(Manifests manifests, string host)
    {
        var problems = new List<string>();
        problems.AddRange(TeamsManifestSchema.Validate(manifests.TeamsJson));
        problems.AddRange(AddinManifestSchema.Validate(manifests.AddinXml));
        problems.AddRange(PackageChecks.Icon(PackageChecks.ColorIcon, manifests.ColorIcon));
        problems.AddRange(PackageChecks.Icon(PackageChecks.OutlineIcon, manifests.OutlineIcon));
        if (JsonNode.Parse(manifests.TeamsJson) is { } teams)
        {
            problems.AddRange(PackageChecks.TeamsUrls(teams, host));
            problems.AddRange(PackageChecks.RibbonActions(teams));
        }
        try
        {
            problems.AddRange(PackageChecks.AddinUrls(XDocument.Parse(manifests.AddinXml), host));
        }
        catch (XmlException)
        {
            // Already reported by the schema check.
        }
        return problems;
    }

    private static byte[]? ReadIcon(string key, string? path, string embedded, List<string> problems)
    {
        if (path is null) return Resources.Bytes(embedded);
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add($"{key}: can't read {path} ({e.Message})");
            return null;
        }
    }

    private static void WriteZip(string zipPath, Manifests manifests)
    {
        var staging = zipPath + ".partial";
        File.Delete(staging);
        using (var zip = ZipFile.Open(staging, ZipArchiveMode.Create))
        {
            Add(zip, "manifest.json", Encoding.UTF8.GetBytes(manifests.TeamsJson));
            Add(zip, PackageChecks.ColorIcon, manifests.ColorIcon);
            Add(zip, PackageChecks.OutlineIcon, manifests.OutlineIcon);
        }
        File.Move(staging, zipPath, overwrite: true);
    }

    private static void Add(ZipArchive zip, string name, byte[] bytes)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        entry.Write(bytes);
    }
}
