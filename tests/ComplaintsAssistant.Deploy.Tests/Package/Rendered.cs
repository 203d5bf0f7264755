using System.Text.Json.Nodes;
using System.Xml.Linq;
using ComplaintsAssistant.Package;

namespace ComplaintsAssistant.Deploy.Tests.Package;

/// <summary>The manifests the tool fills from settings, ready to inspect or spoil.</summary>
internal static class Rendered
{
    public static Manifests For(PackageSettings settings) => AppPackage.Render(settings).Manifests!;

    public static Manifests Default() => For(TestSettings.Create());

    public static JsonObject Teams(Manifests? manifests = null) => JsonNode.Parse((manifests ?? Default()).TeamsJson)!.AsObject();

    public static XDocument Addin(Manifests? manifests = null) => XDocument.Parse((manifests ?? Default()).AddinXml);

    public static XNamespace Office => "http://schemas.microsoft.com/office/appforoffice/1.1";
    public static XNamespace Overrides11 => "http://schemas.microsoft.com/office/mailappversionoverrides/1.1";
    public static XNamespace BasicTypes => "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
}
