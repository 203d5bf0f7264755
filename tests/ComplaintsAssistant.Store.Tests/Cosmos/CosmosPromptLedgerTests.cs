using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Cosmos;
using ComplaintsAssistant.Store.Tests.Contract;

namespace ComplaintsAssistant.Store.Tests.Cosmos;

/// <summary>The prompt ledger contract against the local Cosmos server, each test in a new database; a second host is a
/// second store object on the same database.</summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosPromptLedgerTests(CosmosTestServer server) : PromptLedgerContract
{
    private readonly Dictionary<IPromptLedger, CosmosStoreOptions> _options = [];

    protected override Task<IPromptLedger> NewLedgerAsync()
    {
        var options = server.NewDatabaseOptions();
        var store = new CosmosCaseStore(server.Client, options);
        _options[store] = options;
        return Task.FromResult<IPromptLedger>(store);
    }

    protected override Task<IPromptLedger> SecondHostOnAsync(IPromptLedger ledger) =>
        Task.FromResult<IPromptLedger>(new CosmosCaseStore(server.Client, _options[ledger]));
}
