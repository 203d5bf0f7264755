using ComplaintsAssistant.Store.Cosmos.Indexing;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;

namespace ComplaintsAssistant.Store.Cosmos;

internal sealed record CosmosContainers(Container Cases, Container Meta)
{
    /// <summary>Opens the containers (creating them with a key, if configured) and brings their indexing policies up to
    /// what this release needs (<see cref="IndexingUpgrade"/>): replaced with a key, a warning with a managed identity.</summary>
    public static async Task<CosmosContainers> OpenAsync(CosmosClient client, CosmosStoreOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        var needed = new[] { CosmosSchema.Cases(options.CasesContainer), CosmosSchema.Meta(options.MetaContainer) };
        Container[] containers;
        if (options.CreateIfMissing)
        {
            // No throughput is set here: it belongs to the account (serverless, or shared database throughput), set at provisioning.
            Database database = await client.CreateDatabaseIfNotExistsAsync(options.Database, cancellationToken: cancellationToken);
            containers = [
                await database.CreateContainerIfNotExistsAsync(needed[0], cancellationToken: cancellationToken),
                await database.CreateContainerIfNotExistsAsync(needed[1], cancellationToken: cancellationToken),
            ];
        }
        else containers = [.. needed.Select(n => client.GetContainer(options.Database, n.Id))];

        for (var i = 0; i < containers.Length; i++)
            await IndexingUpgrade.EnsureAsync(containers[i], needed[i], mayReplace: !options.UseManagedIdentity, options.Database, logger, cancellationToken);
        return new(containers[0], containers[1]);
    }
}
