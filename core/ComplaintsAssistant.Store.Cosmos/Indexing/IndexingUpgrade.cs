using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;

namespace ComplaintsAssistant.Store.Cosmos.Indexing;

/// <summary>An existing container keeps the indexing policy it was created with. When the store opens, each container's
/// policy is read and, if it lacks what this release queries by, replaced with the policy <see cref="CosmosSchema"/>
/// defines (Cosmos re-indexes online, in the background). A managed identity's data-plane role can read a container
/// but not change it: then the gap is logged as a warning with the command that applies the policy, and the store
/// carries on (queries that need a missing composite index fail until it is applied).</summary>
internal static partial class IndexingUpgrade
{
    public static async Task EnsureAsync(Container container, ContainerProperties needed, bool mayReplace, string database, ILogger logger,
        CancellationToken cancellationToken)
    {
        ContainerProperties existing;
        try
        {
            existing = await container.ReadContainerAsync(cancellationToken: cancellationToken);
        }
        catch (CosmosException e) when (e.StatusCode == System.Net.HttpStatusCode.Forbidden && !mayReplace)
        {
            // A role without read-metadata: nothing can be checked, and nothing is wrong with the data.
            LogCannotRead(logger, container.Id);
            return;
        }
        var missing = IndexingGap.Missing(existing.IndexingPolicy, needed.IndexingPolicy);
        if (missing.Count == 0) return;
        var gap = string.Join(", ", missing);
        if (!mayReplace)
        {
            LogCannotReplace(logger, container.Id, gap, database, Newtonsoft.Json.JsonConvert.SerializeObject(needed.IndexingPolicy));
            return;
        }
        existing.IndexingPolicy = needed.IndexingPolicy;
        await container.ReplaceContainerAsync(existing, cancellationToken: cancellationToken);
        LogReplaced(logger, container.Id, gap);
    }

    [LoggerMessage(Level = LogLevel.Information, Message =
        "Cosmos container {Container}: indexing policy replaced to add {Missing}; Cosmos re-indexes existing items in the background")]
    private static partial void LogReplaced(ILogger logger, string container, string missing);

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "Cosmos container {Container}: this identity may not read the container's indexing policy, so it was not checked (docs/cosmos.md has the policy)")]
    private static partial void LogCannotRead(ILogger logger, string container);

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "Cosmos container {Container} lacks indexes this release needs ({Missing}), and a managed identity may not change a container. " +
        "Save this policy as {Container}-indexing.json and apply it with: az cosmosdb sql container update -a ACCOUNT -g RESOURCE_GROUP " +
        "-d {Database} -n {Container} --idx @{Container}-indexing.json (Cosmos re-indexes online). Policy: {Policy}")]
    private static partial void LogCannotReplace(ILogger logger, string container, string missing, string database, string policy);
}
