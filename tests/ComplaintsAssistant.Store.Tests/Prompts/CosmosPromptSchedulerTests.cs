using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Cosmos;
using ComplaintsAssistant.Store.Tests.Cosmos;

namespace ComplaintsAssistant.Store.Tests.Prompts;

/// <summary>The scheduler tests on the Cosmos test server, each test in a new database; a second host is a second store
/// object on the same database.</summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosPromptSchedulerTests(CosmosTestServer server) : PromptSchedulerTests
{
    private readonly CosmosStoreOptions _options = server.NewDatabaseOptions();

    protected override ICaseStore NewStore() => new CosmosCaseStore(server.Client, _options);

    protected override ICaseStore SecondHostOn(ICaseStore store) => new CosmosCaseStore(server.Client, _options);
}
