using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Cosmos;
using ComplaintsAssistant.Store.Tests.Contract;

namespace ComplaintsAssistant.Store.Tests.Cosmos;

/// <summary>The triage drafts contract against the local Cosmos server, each test in a new database; a second host is a
/// second store object on the same database.</summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosTriageDraftsTests(CosmosTestServer server) : TriageDraftsContract
{
    private readonly Dictionary<ITriageDrafts, CosmosStoreOptions> _options = [];

    protected override Task<ITriageDrafts> NewDraftsAsync()
    {
        var options = server.NewDatabaseOptions();
        var store = new CosmosCaseStore(server.Client, options);
        _options[store] = options;
        return Task.FromResult<ITriageDrafts>(store);
    }

    protected override Task<ITriageDrafts> SecondHostOnAsync(ITriageDrafts drafts) =>
        Task.FromResult<ITriageDrafts>(new CosmosCaseStore(server.Client, _options[drafts]));
}
