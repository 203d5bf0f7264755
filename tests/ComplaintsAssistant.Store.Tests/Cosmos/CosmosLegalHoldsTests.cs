using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Cosmos;
using ComplaintsAssistant.Store.Tests.Contract;

namespace ComplaintsAssistant.Store.Tests.Cosmos;

/// <summary>The legal holds contract against the local Cosmos server, each test in a new database.</summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosLegalHoldsTests(CosmosTestServer server) : LegalHoldsContract
{
    protected override Task<ILegalHolds> NewHoldsAsync() =>
        Task.FromResult<ILegalHolds>(new CosmosCaseStore(server.Client, server.NewDatabaseOptions()));
}
