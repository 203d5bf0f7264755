using System.Security.Cryptography;
using ComplaintsAssistant.Package;

namespace ComplaintsAssistant.Deploy.Tests.Package;

/// <summary>The schemas inside the tool are the official files, byte for byte: the SHA-256 values recorded in
/// shared/schemas/README.md (and tools/ComplaintsAssistant.Package/Schemas/README.md). An edit fails here.</summary>
public class SchemaFileTests
{
    [Theory]
    [InlineData(TeamsManifestSchema.ResourceName, "3339690aacd9049bc65ade66b258982803d8c6c6d3897a23f8a057b6ebe35479")]
    [InlineData("Schemas/office-addin/OfficeAppManifestV1_1.xsd", "3531cf9114f4ae54d25a6264adfff5c75faf820ecd8333bae5be8176c19dd0a7")]
    [InlineData("Schemas/office-addin/OfficeAppBasicTypesV1_0.xsd", "f25834334322d8aec18ca50d26caf74bda8c3101b924b2cbbba08dfaa051b51f")]
    [InlineData("Schemas/office-addin/MailAppVersionOverridesV1_0.xsd", "5b0dad21b7cc470fe3605c3ab941741fd4aa99839629492766717f4d7c24a5ce")]
    [InlineData("Schemas/office-addin/MailAppVersionOverridesV1_1.xsd", "7cc554a6fe708bf6bb9cb3eb205cafff1ae754d37ca38cfc6a78e87a2f8e2142")]
    [InlineData("Schemas/office-addin/TaskPaneAppVersionOverridesV1_0.xsd", "783483c1b6d916c97af8bd30e1e7454719ccc89f4ab42df13339a5ec0b11b8e3")]
    public void EmbeddedSchemaIsTheOfficialFile(string resource, string sha256) =>
        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(Resources.Bytes(resource))));

    [Fact]
    public void OnlyTheOneMissingImportIsAnsweredByOurStub()
    {
        var root = System.Text.Encoding.UTF8.GetString(Resources.Bytes(AddinManifestSchema.Folder + AddinManifestSchema.Root));
        Assert.Contains($"schemaLocation=\"{AddinManifestSchema.MissingImport}\"", root);
        Assert.Null(typeof(Resources).Assembly.GetManifestResourceStream(AddinManifestSchema.Folder + AddinManifestSchema.MissingImport));
    }
}
