using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Cosmos;
using ComplaintsAssistant.Store.Tests.Contract;

namespace ComplaintsAssistant.Store.Tests.Cosmos;

/// <summary>The person index contract against the local Cosmos server, each test in a new database.</summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosPersonIndexTests(CosmosTestServer server) : PersonIndexContract
{
    private CosmosStoreOptions _options = null!;

    protected override Task<ICaseStore> NewStoreAsync()
    {
        _options = server.NewDatabaseOptions();
        return Task.FromResult<ICaseStore>(new CosmosCaseStore(server.Client, _options));
    }

    /// <summary>As an item written before the index: the same item without <c>personKeys</c> and <c>people</c>.</summary>
    protected override async Task ForgetPeopleAsync(ICaseStore store, Guid caseId)
    {
        var cases = server.Client.GetContainer(_options.Database, _options.CasesContainer);
        var key = new Microsoft.Azure.Cosmos.PartitionKey(caseId.ToString());
        using var read = await cases.ReadItemStreamAsync(caseId.ToString(), key);
        var item = JsonNode.Parse(read.Content)!.AsObject();
        item.Remove("personKeys");
        item.Remove("people");
        using var replaced = await cases.ReplaceItemStreamAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(item.ToJsonString())), caseId.ToString(), key);
        replaced.EnsureSuccessStatusCode();
    }
}
