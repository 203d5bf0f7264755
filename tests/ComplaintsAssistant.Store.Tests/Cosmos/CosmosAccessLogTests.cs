using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Cosmos;
using ComplaintsAssistant.Store.Tests.Contract;

namespace ComplaintsAssistant.Store.Tests.Cosmos;

/// <summary>The access log contract against the local Cosmos server, each test in a new database.</summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosAccessLogTests(CosmosTestServer server) : AccessLogContract
{
    protected override Task<IAccessLog> NewLogAsync() =>
        Task.FromResult<IAccessLog>(new CosmosCaseStore(server.Client, server.NewDatabaseOptions()));
}
