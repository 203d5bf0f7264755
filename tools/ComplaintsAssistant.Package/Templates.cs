using System.Security;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ComplaintsAssistant.Package;

/// <summary>manifest/manifest.json and manifest/outlook-addin.xml hold <c>{{NAME}}</c> placeholders; both are filled from
/// the same settings, each value escaped for its file (JSON string or XML text), so an '&amp;' in a URL stays itself.</summary>
internal static partial class Templates
{
    public const string TeamsManifest = "manifest/manifest.json";
    public const string AddinManifest = "manifest/outlook-addin.xml";

    public static IReadOnlyDictionary<string, string> Values(PackageSettings settings)
    {
        SemanticVersion.TryParse(settings.Version, out var version);
        return new Dictionary<string, string>
        {
            ["BOT_APP_ID"] = settings.BotAppId!.ToLowerInvariant(),
            ["API_CLIENT_ID"] = settings.ApiClientId!.ToLowerInvariant(),
            ["OUTLOOK_ADDIN_ID"] = settings.AddinId().ToLowerInvariant(),
            ["HOST_NAME"] = settings.HostName!.ToLowerInvariant(),
            ["APP_VERSION"] = version.ToString(),
            ["ADDIN_VERSION"] = version.ToAddinVersion(),
            ["SHORT_NAME"] = settings.ShortName,
            ["FULL_NAME"] = settings.FullName,
            ["DEVELOPER_NAME"] = settings.DeveloperName,
            ["ACCENT_COLOR"] = settings.AccentColor.ToUpperInvariant(),
            ["WEBSITE_URL"] = settings.WebsiteUrl!,
            ["PRIVACY_URL"] = settings.PrivacyUrl!,
            ["TERMS_URL"] = settings.TermsOfUseUrl!,
        };
    }

    public static string FillJson(string template, IReadOnlyDictionary<string, string> values) =>
        Fill(template, values, v => JsonEncodedText.Encode(v, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString());

    public static string FillXml(string template, IReadOnlyDictionary<string, string> values) =>
        Fill(template, values, v => SecurityElement.Escape(v));

    public static IEnumerable<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct();

    private static string Fill(string template, IReadOnlyDictionary<string, string> values, Func<string, string> escape)
    {
        var filled = Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var value) ? escape(value) : m.Value);
        var left = Placeholders(filled).ToList();
        return left.Count == 0
            ? filled
            : throw new InvalidOperationException($"The template still has placeholders this tool doesn't fill: {string.Join(", ", left)}.");
    }

    [GeneratedRegex(@"\{\{([A-Z_]+)\}\}")]
    private static partial Regex Placeholder();
}
