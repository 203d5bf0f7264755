using ComplaintsAssistant.Store.Cosmos;
using Microsoft.Extensions.Configuration;

namespace ComplaintsAssistant.Store.Tests.Cosmos;

public sealed class CosmosStoreOptionsTests
{
    private static IConfigurationSection Section(params (string Key, string Value)[] settings) =>
        new SettingsSection("Store:Cosmos", settings.ToDictionary(s => s.Key, s => s.Value));

    [Fact]
    public void ReadTakesEverySetting()
    {
        var options = CosmosStoreOptionsReader.Read(Section(("Endpoint", "https://acct.documents.azure.com:443/"), ("UseManagedIdentity", "true"),
            ("Database", "d"), ("CasesContainer", "c"), ("MetaContainer", "m"), ("CreateIfMissing", "false"), ("PreferredRegions", "UK South, UK West")));

        Assert.Equal("acct.documents.azure.com", options.Endpoint!.Host);
        Assert.True(options.UseManagedIdentity);
        Assert.Equal(("d", "c", "m", false), (options.Database, options.CasesContainer, options.MetaContainer, options.CreateIfMissing));
        Assert.Equal(["UK South", "UK West"], options.PreferredRegions);
    }

    /// <summary>Shaped like an account key (base64); not a real one.</summary>
    private const string AKey = "a2V5LXNoYXBlZC1ub3QtYS1yZWFsLWtleQ==";

    [Theory]
    [InlineData("Store:Cosmos:Endpoint", new[] { "Key", AKey })]
    [InlineData("Store:Cosmos:Key", new[] { "Endpoint", "https://acct.documents.azure.com/" })]
    [InlineData("Store:Cosmos:Key", new[] { "Endpoint", "https://acct.documents.azure.com/", "Key", "abc" })]
    [InlineData("Store:Cosmos:Key", new[] { "Endpoint", "https://acct.documents.azure.com/", "Key", "not base64 at all!" })]
    [InlineData("Store:Cosmos:AllowInsecureLocalCertificate", new[] { "Endpoint", "https://acct.documents.azure.com/", "Key", AKey, "AllowInsecureLocalCertificate", "true" })]
    [InlineData("Store:Cosmos:CreateIfMissing", new[] { "Endpoint", "https://127.0.0.1:8081/", "Key", AKey, "CreateIfMissing", "yes" })]
    public void AMissingOrBadSettingFailsNamingItsKey(string key, string[] pairs)
    {
        var settings = pairs.Chunk(2).Select(p => (p[0], p[1])).ToArray();
        var error = Assert.Throws<InvalidOperationException>(() => CosmosStoreOptionsReader.Read(Section(settings)));
        Assert.Contains(key, error.Message);
        Assert.DoesNotContain("abc", error.Message); // a key, even a wrong one, is a secret: never echoed
    }
}
