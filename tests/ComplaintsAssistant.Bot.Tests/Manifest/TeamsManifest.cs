using System.Text.Json.Nodes;
using System.Xml.Linq;
using ComplaintsAssistant.Package;

namespace ComplaintsAssistant.Bot.Tests.Manifest;

/// <summary>The manifests exactly as tools/ComplaintsAssistant.Package fills them for a council (TestSettings).</summary>
internal static class TeamsManifest
{
    private static readonly Lazy<Manifests> Rendered = new(() =>
        AppPackage.Render(ComplaintsAssistant.Deploy.Tests.Package.TestSettings.Create()).Manifests!);

    public static JsonObject Filled() => JsonNode.Parse(Rendered.Value.TeamsJson)!.AsObject();

    public static XDocument Addin() => XDocument.Parse(Rendered.Value.AddinXml);
}
