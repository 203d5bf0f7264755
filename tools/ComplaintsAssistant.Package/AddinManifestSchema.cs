using System.Xml;
using System.Xml.Schema;

namespace ComplaintsAssistant.Package;

/// <summary>The Office add-in XML manifest XSDs (Schemas/office-addin, byte for byte from office-js-docs-pr) with our lax stub
/// for the content-add-in schema they import but Microsoft never published. .NET compiles the set; libxml2 cannot.
/// The files date from 2018: our XML manifest keeps to elements they know (nested app authentication needs no
/// WebApplicationInfo), so every element in it is checked.</summary>
internal static class AddinManifestSchema
{
    public const string Folder = "Schemas/office-addin/";
    public const string Root = "OfficeAppManifestV1_1.xsd";

    /// <summary>The one file the official set imports that was never published; we answer it with our stub.</summary>
    public const string MissingImport = "ContentAppVersionOverridesV1_0.xsd";
    public const string Stub = "ContentAppVersionOverridesStub.xsd";

    private static readonly Lazy<XmlSchemaSet> Set = new(Compile);

    /// <summary>Every way the manifest breaks the schemas, with line numbers; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(string xml)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Set.Value, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"outlook-addin.xml line {e.Exception.LineNumber}: {e.Message}");
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            while (reader.Read())
            {
            }
        }
        catch (XmlException e)
        {
            errors.Add($"outlook-addin.xml line {e.LineNumber}: not well-formed XML: {e.Message}");
        }
        return errors;
    }

    private static XmlSchemaSet Compile()
    {
        var set = new XmlSchemaSet { XmlResolver = new EmbeddedResolver() };
        using (var root = XmlReader.Create(Resources.Open(Folder + Root), new XmlReaderSettings { XmlResolver = null }, "embedded:///" + Root))
            set.Add(null, root);
        set.Compile();
        return set;
    }

    /// <summary>Answers the XSDs' relative imports from the embedded files, and nothing from the network.</summary>
    private sealed class EmbeddedResolver : XmlResolver
    {
        public override object GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            var file = Path.GetFileName(absoluteUri.AbsolutePath);
            return Resources.Open(Folder + (file == MissingImport ? Stub : file));
        }
    }
}
