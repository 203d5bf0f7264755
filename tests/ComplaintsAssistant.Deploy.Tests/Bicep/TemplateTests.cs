using System.Text.Json.Nodes;
using ComplaintsAssistant.Store.Cosmos;

namespace ComplaintsAssistant.Deploy.Tests.Bicep;

/// <summary>What deploy/main.bicep creates, read from the ARM JSON the compiler produces.</summary>
public class TemplateTests(CompiledTemplate compiled) : IClassFixture<CompiledTemplate>
{
    private const string Site = "Microsoft.Web/sites";

    [Fact]
    public void CompilesWithNoWarning() => Assert.True(compiled.Diagnostics.Trim().Length == 0, compiled.Diagnostics);

    [Fact]
    public void CreatesEveryPartOfTheService()
    {
        var types = compiled.Template["resources"]!.AsArray().Select(r => (string?)r!["type"]).ToHashSet();
        Assert.Superset(new HashSet<string?>
        {
            "Microsoft.Web/serverfarms", Site, "Microsoft.Web/sites/config",
            "Microsoft.DocumentDB/databaseAccounts", "Microsoft.DocumentDB/databaseAccounts/sqlDatabases",
            "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers", "Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments",
            "Microsoft.Storage/storageAccounts", "Microsoft.Storage/storageAccounts/blobServices/containers",
            "Microsoft.KeyVault/vaults", "Microsoft.KeyVault/vaults/secrets",
            "Microsoft.Insights/components", "Microsoft.OperationalInsights/workspaces",
            "Microsoft.BotService/botServices", "Microsoft.BotService/botServices/channels",
            "Microsoft.Authorization/roleAssignments",
        }, types);
    }

    [Fact]
    public void AppServiceIsLinuxDotnetTenWithItsOwnIdentityHttpsOnlyAndNoFtp()
    {
        var site = compiled.Resource(Site);
        Assert.Equal("SystemAssigned", (string?)site["identity"]!["type"]);
        Assert.True((bool)site["properties"]!["httpsOnly"]!);
        var config = site["properties"]!["siteConfig"]!;
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.Equal("dotnet ComplaintsAssistant.Bot.dll", (string?)config["appCommandLine"]); // the command PublishedHostTests start it with
        Assert.Equal("Disabled", (string?)config["ftpsState"]);
        Assert.Equal("1.2", (string?)config["minTlsVersion"]);
        Assert.True((bool)config["alwaysOn"]!);
        Assert.Equal("/health", (string?)config["healthCheckPath"]);
        Assert.True((bool)compiled.Resource("Microsoft.Web/serverfarms")["properties"]!["reserved"]!); // Linux
        Assert.All(compiled.Resources("Microsoft.Web/sites/basicPublishingCredentialsPolicies"), p => Assert.False((bool)p["properties"]!["allow"]!));
        Assert.Equal(["ftp", "scm"], compiled.Resources("Microsoft.Web/sites/basicPublishingCredentialsPolicies").Select(p => ((string)p["name"]!).Split('\'')[^2]).Order());
    }

    [Fact]
    public void AppSettingsUseTheHostsNamesAndKeyVaultForTheSecret()
    {
        var settings = compiled.Resource("Microsoft.Web/sites/config")["properties"]!.AsObject();
        Assert.Equal("Cosmos", (string?)settings["Store__Kind"]);
        Assert.Equal("true", (string?)settings["Store__Cosmos__UseManagedIdentity"]);
        Assert.Equal("false", (string?)settings["Store__Cosmos__CreateIfMissing"]); // a managed identity can't create containers
        Assert.Contains(".documentEndpoint", (string?)settings["Store__Cosmos__Endpoint"]);
        Assert.Equal("Azure", (string?)settings["Blobs__Kind"]);
        Assert.Contains("primaryEndpoints.blob", (string?)settings["Blobs__Azure__ServiceUri"]);
        Assert.Contains(".ConnectionString", (string?)settings["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        Assert.Equal("[parameters('apiClientId')]", (string?)settings["Entra__ClientId"]);
        Assert.Equal("[parameters('botAppId')]", (string?)settings["Bot__AppId"]);
        Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri={0})', reference(resourceId('Microsoft.KeyVault/vaults/secrets'", (string?)settings["Bot__AppPassword"]);
        Assert.DoesNotContain(settings, s => ((string?)s.Value)!.Contains("botAppPassword", StringComparison.Ordinal)); // only the vault holds it
        // The secret's end date reaches the host (it warns 30 days ahead) and Key Vault (which shows it and can alert).
        Assert.Equal("[parameters('botCredentialExpiresOn')]", (string?)settings["Bot__AppPasswordExpiresOn"]);
        var botSecret = Assert.Single(compiled.Resources("Microsoft.KeyVault/vaults/secrets"), s => ((string?)s["name"])!.Contains("'bot-app-password'", StringComparison.Ordinal));
        Assert.Contains("parameters('botCredentialExpiresOn')", (string?)botSecret["properties"]!["attributes"]!["exp"]);
        Assert.DoesNotContain(settings, s => ((string?)s.Value)!.Contains("listKeys", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("SystemAssigned", (string?)compiled.Resource(Site)["properties"]!["keyVaultReferenceIdentity"]);
    }

    /// <summary>Every instance signs and checks figure links with one key from Key Vault, so a link made by one host opens
    /// on another and still works after a restart; links start with the host's public address.</summary>
    [Fact]
    public void FigureLinksShareOneKeyFromKeyVaultAndTheHostsAddress()
    {
        var settings = compiled.Resource("Microsoft.Web/sites/config")["properties"]!.AsObject();
        var secret = Assert.Single(compiled.Resources("Microsoft.KeyVault/vaults/secrets"), s => ((string?)s["name"])!.Contains("'figure-links-key'", StringComparison.Ordinal));
        Assert.Equal("[parameters('figureLinksKey')]", (string?)secret["properties"]!["value"]);
        var reference = (string?)settings["FigureLinks__Key"];
        Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri={0})', reference(resourceId('Microsoft.KeyVault/vaults/secrets'", reference);
        Assert.Contains("'figure-links-key')", reference, StringComparison.Ordinal);
        Assert.DoesNotContain(settings, s => ((string?)s.Value)!.Contains("figureLinksKey", StringComparison.Ordinal)); // only the vault holds it
        var publicUrl = (string?)settings["FigureLinks__PublicUrl"];
        Assert.StartsWith("[format('https://{0}', if(empty(parameters('customHostName')), ", publicUrl); // the custom name once bound
        Assert.Contains(".defaultHostName, parameters('customHostName'))", publicUrl);
        // The host takes any key of 32 characters or more; openssl rand -base64 32 gives 44.
        Assert.Equal(32, (int)compiled.Template["parameters"]!["figureLinksKey"]!["minLength"]!);
    }

    [Theory]
    [InlineData("Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments", "00000000-0000-0000-0000-000000000002")] // Cosmos DB Built-in Data Contributor
    [InlineData("Microsoft.Authorization/roleAssignments", "ba92f5b4-2d11-453d-a403-e96b0029c9fe")] // Storage Blob Data Contributor
    [InlineData("Microsoft.Authorization/roleAssignments", "4633458b-17de-408a-b874-0445c86b69e6")] // Key Vault Secrets User
    public void AppIdentityGetsTheDataRole(string type, string roleId)
    {
        var variables = compiled.Template["variables"]!.AsObject();
        var variable = Assert.Single(variables, v => v.Value is JsonValue value && (string?)value == roleId).Key;
        var assignment = Assert.Single(compiled.Resources(type), r => ((string?)r["properties"]!["roleDefinitionId"])!.Contains($"variables('{variable}')", StringComparison.Ordinal));
        Assert.Contains("resourceId('Microsoft.Web/sites'", (string?)assignment["properties"]!["principalId"]);
        Assert.EndsWith("'full').identity.principalId]", (string?)assignment["properties"]!["principalId"]);
    }

    [Fact]
    public void CosmosAllowsNoKeysDefaultsToUkSouthServerlessAndASecondRegionOnlyWithAutoscale()
    {
        var cosmos = compiled.Resource("Microsoft.DocumentDB/databaseAccounts")["properties"]!;
        Assert.True((bool)cosmos["disableLocalAuth"]!);
        Assert.Equal("Tls12", (string?)cosmos["minimalTlsVersion"]);
        Assert.Equal("Continuous", (string?)cosmos["backupPolicy"]!["type"]);
        var parameters = compiled.Template["parameters"]!;
        Assert.Equal("uksouth", (string?)parameters["location"]!["defaultValue"]);
        Assert.Equal("serverless", (string?)parameters["cosmosThroughput"]!["defaultValue"]);
        Assert.Equal("", (string?)parameters["cosmosSecondaryRegion"]!["defaultValue"]);
        Assert.Contains("EnableServerless", (string?)cosmos["capabilities"]);
        Assert.Contains("fail('cosmosSecondaryRegion needs cosmosThroughput=autoscale", (string?)compiled.Template["variables"]!["secondaryRegions"]);
    }

    [Fact]
    public void CosmosContainersAreTheOnesTheStoreWouldCreate()
    {
        var variables = compiled.Template["variables"]!;
        var cases = CosmosSchema.Cases("cases").IndexingPolicy;
        Assert.Equal(cases.IncludedPaths.Select(p => p.Path), variables["casesIndexedPaths"]!.AsArray().Select(p => (string)p!));
        Assert.Equal(cases.CompositeIndexes.Select(c => string.Join(",", c.Select(p => p.Path.TrimStart('/') + ":" + p.Order.ToString().ToLowerInvariant()))),
            variables["casesCompositeIndexes"]!.AsArray().Select(c => string.Join(",", c!.AsArray().Select(f => (string)f! + ":ascending"))));
        var containers = variables["containers"]!.AsArray();
        Assert.Equal(["cases", "meta"], containers.Select(c => (string?)c!["name"]));
        Assert.Equal(CosmosSchema.Meta("meta").IndexingPolicy.IncludedPaths.Select(p => p.Path), containers[1]!["includedPaths"]!.AsArray().Select(p => (string?)p));
        var resource = compiled.Resource("Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers")["properties"]!["resource"]!;
        Assert.Equal([CosmosSchema.PartitionKeyPath], resource["partitionKey"]!["paths"]!.AsArray().Select(p => (string?)p));
        Assert.Equal("/*", (string?)resource["indexingPolicy"]!["excludedPaths"]![0]!["path"]);
    }

    [Fact]
    public void StorageAndKeyVaultRefuseKeysAndOldTls()
    {
        var storage = compiled.Resource("Microsoft.Storage/storageAccounts")["properties"]!;
        Assert.False((bool)storage["allowSharedKeyAccess"]!);
        Assert.False((bool)storage["allowBlobPublicAccess"]!);
        Assert.True((bool)storage["supportsHttpsTrafficOnly"]!);
        Assert.Equal("TLS1_2", (string?)storage["minimumTlsVersion"]);
        var vault = compiled.Resource("Microsoft.KeyVault/vaults")["properties"]!;
        Assert.True((bool)vault["enableRbacAuthorization"]!);
        Assert.True((bool)vault["enablePurgeProtection"]!);
    }

    [Fact]
    public void AzureBotIsSingleTenantOnTheHostWithTeamsOn()
    {
        var bot = compiled.Resource("Microsoft.BotService/botServices")["properties"]!;
        Assert.Equal("SingleTenant", (string?)bot["msaAppType"]);
        Assert.Equal("[parameters('botAppId')]", (string?)bot["msaAppId"]);
        Assert.StartsWith("[format('https://{0}/api/messages'", (string?)bot["endpoint"]);
        var teams = compiled.Resource("Microsoft.BotService/botServices/channels")["properties"]!;
        Assert.Equal("MsTeamsChannel", (string?)teams["channelName"]);
        Assert.True((bool)teams["properties"]!["isEnabled"]!);
    }

    [Fact]
    public void NoSecretHasADefaultOrLeavesThroughAnOutput()
    {
        var parameters = compiled.Template["parameters"]!.AsObject();
        var secure = parameters.Where(p => ((string?)p.Value!["type"])!.StartsWith("secure", StringComparison.Ordinal)).Select(p => p.Key).ToList();
        Assert.Equal(["botAppPassword", "figureLinksKey"], secure);
        Assert.All(secure, name => Assert.False(parameters[name]!.AsObject().ContainsKey("defaultValue"), $"{name} has a default"));
        foreach (var (name, output) in compiled.Template["outputs"]!.AsObject())
        {
            var value = output!.ToJsonString();
            Assert.DoesNotContain("secure", (string?)output["type"], StringComparison.Ordinal);
            Assert.All(secure, s => Assert.DoesNotContain($"parameters('{s}')", value, StringComparison.Ordinal));
            Assert.DoesNotContain("listKeys", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("ConnectionString", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("secret", name, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>The example parameters file reads the secrets from the environment, never from the file itself.</summary>
    [Fact]
    public void ExampleParametersTakeTheSecretsFromTheEnvironment()
    {
        var file = Path.Combine(Repository.Root, "deploy", "main.example.bicepparam");
        var text = File.ReadAllText(file);
        Assert.Contains("readEnvironmentVariable('BOT_APP_PASSWORD')", text);
        Assert.Contains("readEnvironmentVariable('FIGURE_LINKS_KEY')", text);
        const string key = "a-figure-links-key-of-44-characters-from-ss=";
        var (output, diagnostics) = CompiledTemplate.Build("build-params", file,
            new Dictionary<string, string> { ["BOT_APP_PASSWORD"] = "from-the-shell", ["FIGURE_LINKS_KEY"] = key });
        Assert.True(diagnostics.Trim().Length == 0, diagnostics);
        var parameters = JsonNode.Parse((string)JsonNode.Parse(output)!["parametersJson"]!)!["parameters"]!;
        Assert.Equal("from-the-shell", (string?)parameters["botAppPassword"]!["value"]);
        Assert.Equal(key, (string?)parameters["figureLinksKey"]!["value"]);
        Assert.True(DateOnly.TryParseExact((string?)parameters["botCredentialExpiresOn"]!["value"], "yyyy-MM-dd", out _));
    }
}
