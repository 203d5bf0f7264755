using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.EmailIntake.Linking;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Cosmos.Items;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintsAssistant.Store.Cosmos;

/// <summary>The production store on Azure Cosmos DB (NoSQL API). A case is one item (partition key = its id), so
/// reading or writing a case is one point operation and every write is guarded by the item's ETag, which is the
/// version callers quote. Nothing needs a transaction: see docs/cosmos.md for how each write stays safe without one.</summary>
public sealed partial class CosmosCaseStore : ICaseStore, ICaseArchive, IConversationStore, IEmailCaseLookup, ICaseMessageIds
{
    private readonly CosmosClient _client;
    private readonly CosmosStoreOptions _options;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _opening = new(1, 1);
    private CosmosContainers? _containers;

    /// <param name="client">The process's one client (see <see cref="CosmosClientFactory"/>); not disposed here.</param>
    public CosmosCaseStore(CosmosClient client, CosmosStoreOptions options, ILogger<CosmosCaseStore>? logger = null)
    {
        _client = client;
        _options = options;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Opens (and, if configured, creates) the containers now rather than on the first request, so a wrong
    /// endpoint or key fails at start-up, and brings their indexing policies up to date.</summary>
    public async Task EnsureReadyAsync(CancellationToken cancellationToken = default) => await ContainersAsync(cancellationToken);

    public async Task<Versioned<Case>?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var (item, _) = await CosmosIo.ReadAsync<StoredCaseItem>((await ContainersAsync(cancellationToken)).Cases, id.ToString(), cancellationToken);
        return item?.ToVersioned();
    }

    public async Task<Versioned<Case>?> FindByReferenceAsync(string reference, CancellationToken cancellationToken = default)
    {
        var query = new QueryDefinition("SELECT c.doc, c._etag FROM c WHERE c.reference = @reference").WithParameter("@reference", reference);
        var found = await CosmosIo.ListAsync<StoredCaseItem>((await ContainersAsync(cancellationToken)).Cases, query, cancellationToken);
        return found.FirstOrDefault()?.ToVersioned();
    }

    public async Task<Result<string>> UpdateAsync(Case changed, CaseIndex index, string expectedVersion, CancellationToken cancellationToken = default)
    {
        var stale = DomainError.Conflict($"{changed.Reference} has changed since you read it: reload it and try again.");
        // An empty If-Match would be no condition at all, i.e. a blind overwrite.
        if (string.IsNullOrWhiteSpace(expectedVersion)) return stale;
        var item = CaseItem.Of(changed, index);
        var containers = await ContainersAsync(cancellationToken);
        // Replace never creates: a missing case is a conflict, as in every store.
        var etag = await CosmosIo.ReplaceIfAsync(containers.Cases, item.Id, item, expectedVersion, cancellationToken);
        return etag is null ? stale : etag;
    }

    private async ValueTask<CosmosContainers> ContainersAsync(CancellationToken cancellationToken)
    {
        if (_containers is { } ready) return ready;
        await _opening.WaitAsync(cancellationToken);
        try
        {
            // Not a Lazy<Task>: a failed first attempt (account not reachable yet) must not be cached for ever.
            return _containers ??= await CosmosContainers.OpenAsync(_client, _options, _logger, cancellationToken);
        }
        finally
        {
            _opening.Release();
        }
    }
}
