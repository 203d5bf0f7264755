using System.Text.Json;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.EmailIntake.Keeping;
using ComplaintsAssistant.Store.Cosmos;
using ComplaintsAssistant.Store.Emails;
using ComplaintsAssistant.Store.Tests.Contract;
using ComplaintsAssistant.Store.Tests.Cosmos;
using ComplaintsAssistant.Store.Tests.Emails;
using Microsoft.Azure.Cosmos;

namespace ComplaintsAssistant.Store.Tests.Retention;

/// <summary>The disposal contract on the Cosmos test server (a new database per test; a second store on it is a second
/// host or a restart) and Azurite; every item of both containers is searched for what names a destroyed case.</summary>
[Collection(CosmosAndAzuriteCollection.Name)]
public sealed class CosmosDisposalTests(CosmosTestServer server, AzuriteServer azurite) : DisposalContract<CosmosCaseStore>
{
    private readonly CosmosStoreOptions _options = server.NewDatabaseOptions();

    protected override Task<CosmosCaseStore> OpenAsync() => Task.FromResult(new CosmosCaseStore(server.Client, _options));

    protected override async Task<IEmailStore> NewEmailsAsync() => new AzureEmailStore(await azurite.NewContainerAsync());

    /// <summary>Every item in either container whose JSON holds the case's id (any spelling) or reference: "container: item".</summary>
    protected override async Task<IReadOnlyList<string>> NamingAsync(Case subject)
    {
        var needles = new[] { subject.Id.ToString(), subject.Id.ToString("N"), subject.Reference };
        var found = new List<string>();
        foreach (var name in new[] { _options.CasesContainer, _options.MetaContainer })
        {
            using var pages = server.Client.GetContainer(_options.Database, name).GetItemQueryIterator<JsonElement>("SELECT * FROM c");
            while (pages.HasMoreResults)
                foreach (var item in await pages.ReadNextAsync())
                {
                    if (item.TryGetProperty("type", out var type) && type.GetString() == "disposalRecord") continue;
                    var text = item.GetRawText();
                    if (needles.Any(n => text.Contains(n, StringComparison.OrdinalIgnoreCase))) found.Add($"{name}: {text}");
                }
        }
        return found;
    }
}

/// <summary>Tests that need both the Cosmos test server and Azurite.</summary>
[CollectionDefinition(Name)]
public sealed class CosmosAndAzuriteCollection : ICollectionFixture<CosmosTestServer>, ICollectionFixture<AzuriteServer>
{
    public const string Name = "Cosmos test server and Azurite";
}
