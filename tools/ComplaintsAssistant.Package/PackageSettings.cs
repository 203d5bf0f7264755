using System.Text.Json;
using System.Text.RegularExpressions;

namespace ComplaintsAssistant.Package;

/// <summary>What a council fills in: one JSON file (<c>--config</c>), each key also a flag (<c>--host-name</c> …) that wins
/// over the file. Names and colours have our defaults; ids, host and the council's links do not.</summary>
internal sealed partial class PackageSettings
{
    public string? BotAppId { get; set; }
    public string? ApiClientId { get; set; }
    public string? HostName { get; set; }
    public string Version { get; set; } = "1.0.0";
    public string ShortName { get; set; } = "Complaints Assistant";
    public string FullName { get; set; } = "Complaints Assistant for children's social care";
    public string DeveloperName { get; set; } = "ComplaintsAssistant";
    public string AccentColor { get; set; } = "#1D70B8";
    public string? WebsiteUrl { get; set; }
    public string? PrivacyUrl { get; set; }
    public string? TermsOfUseUrl { get; set; }

    /// <summary>The XML add-in's own id. Default: derived from the bot app id, so it is stable between builds and never
    /// equal to the app's id (Office tells the two manifests apart by id).</summary>
    public string? OutlookAddinId { get; set; }

    /// <summary>Paths to the Teams icons, relative to the config file; default the ones in manifest/.</summary>
    public string? ColorIcon { get; set; }
    public string? OutlineIcon { get; set; }

    /// <summary>Every setting by its JSON key, for reading the file and the flags the same way.</summary>
    private static readonly Dictionary<string, Action<PackageSettings, string>> Setters = new(StringComparer.Ordinal)
    {
        ["botAppId"] = (s, v) => s.BotAppId = v,
        ["apiClientId"] = (s, v) => s.ApiClientId = v,
        ["hostName"] = (s, v) => s.HostName = v,
        ["version"] = (s, v) => s.Version = v,
        ["shortName"] = (s, v) => s.ShortName = v,
        ["fullName"] = (s, v) => s.FullName = v,
        ["developerName"] = (s, v) => s.DeveloperName = v,
        ["accentColor"] = (s, v) => s.AccentColor = v,
        ["websiteUrl"] = (s, v) => s.WebsiteUrl = v,
        ["privacyUrl"] = (s, v) => s.PrivacyUrl = v,
        ["termsOfUseUrl"] = (s, v) => s.TermsOfUseUrl = v,
        ["outlookAddinId"] = (s, v) => s.OutlookAddinId = v,
        ["colorIcon"] = (s, v) => s.ColorIcon = v,
        ["outlineIcon"] = (s, v) => s.OutlineIcon = v,
    };

    public static IEnumerable<string> Keys => Setters.Keys;

    /// <summary>Reads the config file's keys onto these settings; icon paths become relative to the file's folder.</summary>
    public IReadOnlyList<string> ReadFile(string path)
    {
        var errors = new List<string>();
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            root = document.RootElement.Clone();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return [$"{path}: can't be read as JSON ({e.Message})"];
        }
        if (root.ValueKind != JsonValueKind.Object) return [$"{path}: must be a JSON object of settings"];

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        foreach (var property in root.EnumerateObject())
        {
            if (property.Name == "$schema") continue;
            if (!Setters.TryGetValue(property.Name, out var set))
                errors.Add($"{property.Name}: not a setting this tool knows (known: {string.Join(", ", Keys)})");
            else if (property.Value.ValueKind != JsonValueKind.String)
                errors.Add($"{property.Name}: must be a string in quotes");
            else
                set(this, property.Value.GetString()!);
        }
        ColorIcon = ColorIcon is null ? null : Path.Combine(folder, ColorIcon);
        OutlineIcon = OutlineIcon is null ? null : Path.Combine(folder, OutlineIcon);
        return errors;
    }

    /// <summary>Sets one key given as a flag, e.g. <c>--host-name</c> for <c>hostName</c>.</summary>
    public bool TrySetFlag(string flag, string value)
    {
        var key = FlagToKey(flag);
        if (!Setters.TryGetValue(key, out var set)) return false;
        set(this, key is "colorIcon" or "outlineIcon" ? Path.GetFullPath(value) : value);
        return true;
    }

    public static string KeyToFlag(string key) => "--" + UpperLetter().Replace(key, m => "-" + m.Value.ToLowerInvariant());

    private static string FlagToKey(string flag) => DashLetter().Replace(flag.TrimStart('-'), m => m.Value[1..].ToUpperInvariant());

    /// <summary>Every way these settings can't make a package, each naming the setting and the rule.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        RequireGuid(problems, "botAppId", BotAppId, "the bot's Microsoft App ID (its Entra app registration's Application (client) ID)");
        RequireGuid(problems, "apiClientId", ApiClientId, "the Application (client) ID of the API's Entra app registration (the add-in signs in to it)");
        if (OutlookAddinId is not null) RequireGuid(problems, "outlookAddinId", OutlookAddinId, "the XML add-in's id");
        if (OutlookAddinId is not null && Guid.TryParse(OutlookAddinId, out var addin) && Guid.TryParse(BotAppId, out var bot) && addin == bot)
            problems.Add("outlookAddinId: must differ from botAppId (Office tells the XML add-in and the app apart by their ids)");

        if (string.IsNullOrWhiteSpace(HostName)) problems.Add("hostName: missing: give the host name the service is reached on, e.g. complaints.example.gov.uk");
        else if (!HostNamePattern().IsMatch(HostName)) problems.Add($"hostName: '{HostName}' is not a bare host name (no https://, no path, no port), e.g. complaints.example.gov.uk");

        if (!SemanticVersion.TryParse(Version, out _))
            problems.Add($"version: '{Version}' is not a version like 1.0.0 (three whole numbers, each at most {SemanticVersion.MaxPart})");

        foreach (var (key, value) in new[] { ("websiteUrl", WebsiteUrl), ("privacyUrl", PrivacyUrl), ("termsOfUseUrl", TermsOfUseUrl) })
        {
            if (string.IsNullOrWhiteSpace(value)) problems.Add($"{key}: missing: give the council's https:// page");
            else if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || value.Any(char.IsWhiteSpace))
                problems.Add($"{key}: '{value}' is not an https:// address");
        }

        if (!AccentPattern().IsMatch(AccentColor)) problems.Add($"accentColor: '{AccentColor}' is not a colour like #1D70B8");
        foreach (var (key, value, max) in new[] { ("shortName", ShortName, 30), ("fullName", FullName, 100), ("developerName", DeveloperName, 32) })
        {
            if (string.IsNullOrWhiteSpace(value)) problems.Add($"{key}: must not be empty");
            else if (value.Length > max) problems.Add($"{key}: '{value}' is {value.Length} characters; Teams allows at most {max}");
        }
        return problems;
    }

    /// <summary>The XML add-in's id: the one given, or a name-based GUID (RFC 9562 version 5) of the bot app id.</summary>
    public string AddinId() => OutlookAddinId ?? NameBasedGuid.Create("outlook-addin:" + BotAppId!.ToLowerInvariant()).ToString();

    private static void RequireGuid(List<string> problems, string key, string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value)) problems.Add($"{key}: missing: give {what}");
        else if (!GuidPattern().IsMatch(value)) problems.Add($"{key}: '{value}' is not a GUID like 6f1c2d3e-1234-4abc-8def-0123456789ab");
    }

    [GeneratedRegex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")]
    private static partial Regex GuidPattern();

    [GeneratedRegex(@"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$")]
    private static partial Regex HostNamePattern();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex AccentPattern();

    [GeneratedRegex("[A-Z]")]
    private static partial Regex UpperLetter();

    [GeneratedRegex("-[a-z]")]
    private static partial Regex DashLetter();
}
