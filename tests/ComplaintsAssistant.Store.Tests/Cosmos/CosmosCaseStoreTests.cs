using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Tests.Contract;

namespace ComplaintsAssistant.Store.Tests.Cosmos;

/// <summary>The store contract against the local Cosmos server, each test in a new database.</summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosCaseStoreTests(CosmosTestServer server) : CaseStoreContract
{
    protected override Task<ICaseStore> NewStoreAsync() => Task.FromResult<ICaseStore>(server.NewStore());
}
