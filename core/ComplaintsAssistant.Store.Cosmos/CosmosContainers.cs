using Microsoft.Azure.Cosmos;

namespace ComplaintsAssistant.Store.Cosmos;

internal sealed record CosmosContainers(Container Cases, Container Meta)
{
    public static async Task<CosmosContainers> OpenAsync(CosmosClient client, CosmosStoreOptions options, CancellationToken cancellationToken)
    {
        if (!options.CreateIfMissing)
            return new(client.GetContainer(options.Database, options.CasesContainer), client.GetContainer(options.Database, options.MetaContainer));

        // No throughput is set here: it belongs to the account (serverless, or shared database throughput), set at provisioning.
        Database database = await client.CreateDatabaseIfNotExistsAsync(options.Database, cancellationToken: cancellationToken);
        Container cases = await database.CreateContainerIfNotExistsAsync(CosmosSchema.Cases(options.CasesContainer), cancellationToken: cancellationToken);
        Container meta = await database.CreateContainerIfNotExistsAsync(CosmosSchema.Meta(options.MetaContainer), cancellationToken: cancellationToken);
        return new(cases, meta);
    }
}
