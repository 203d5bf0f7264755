using System.Collections.ObjectModel;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Cosmos;
using ComplaintsAssistant.Store.Cosmos.Items;
using ComplaintsAssistant.Store.Tests.Contract;
using ComplaintsAssistant.Store.Tests.Logging;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;

namespace ComplaintsAssistant.Store.Tests.Cosmos;

/// <summary>Containers made by an earlier release keep the indexing policy they were made with; opening the store
/// brings them up to the policy this release needs (<see cref="CosmosSchema"/>), or says how when it may not.</summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosIndexingTests(CosmosTestServer server)
{
    /// <summary>The cases container as an earlier release might have made it: no intake key path, and only the
    /// everything and owner composites (no team lists).</summary>
    private async Task<(CosmosStoreOptions Options, Container Cases)> ContainersFromAnEarlierReleaseAsync()
    {
        var options = server.NewDatabaseOptions();
        Database database = await server.Client.CreateDatabaseAsync(options.Database);
        var older = CosmosSchema.Cases(options.CasesContainer);
        older.IndexingPolicy.IncludedPaths.Remove(older.IndexingPolicy.IncludedPaths.Single(p => p.Path == "/intakeKey/?"));
        foreach (var teamList in older.IndexingPolicy.CompositeIndexes.Where(c => c[0].Path == "/team").ToArray())
            older.IndexingPolicy.CompositeIndexes.Remove(teamList);
        Container cases = await database.CreateContainerAsync(older);
        await database.CreateContainerAsync(CosmosSchema.Meta(options.MetaContainer));
        return (options, cases);
    }

    [Fact]
    public async Task AnExistingContainerMissingIndexesIsGivenThemWhenTheStoreOpensKeepingItsItems()
    {
        var (options, cases) = await ContainersFromAnEarlierReleaseAsync();
        var earlier = SampleCases.Statutory(team: "Fostering");
        await cases.CreateItemAsync(CaseItem.Of(earlier, SampleCases.Index(earlier)));
        var log = new ListLogger<CosmosCaseStore>();

        var store = new CosmosCaseStore(server.Client, options, log);
        var teamsOpenCases = await store.ListAsync(new CaseQuery(OpenOnly: true, Teams: ["Fostering"]));

        Assert.Equal([earlier.Id], teamsOpenCases.Select(c => c.Id));
        var policy = (await cases.ReadContainerAsync()).Resource.IndexingPolicy;
        Assert.Contains(policy.IncludedPaths, p => p.Path == "/intakeKey/?");
        Assert.Equal(CosmosSchema.Cases(options.CasesContainer).IndexingPolicy.CompositeIndexes.Count, policy.CompositeIndexes.Count);
        Assert.Contains("Cosmos container cases: indexing policy replaced to add /intakeKey/?, (/team ascending, /dueSort ascending, /reference ascending), " +
            "(/team ascending, /isOpen ascending, /dueSort ascending, /reference ascending); Cosmos re-indexes existing items in the background", log.Messages);
        Assert.DoesNotContain(log.Messages, m => m.StartsWith("Cosmos container meta:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AContainerWithTheNeededPolicyIsLeftAsItIs()
    {
        var options = server.NewDatabaseOptions();
        await new CosmosCaseStore(server.Client, options).EnsureReadyAsync();
        var log = new ListLogger<CosmosCaseStore>();

        await new CosmosCaseStore(server.Client, options, log).EnsureReadyAsync();

        Assert.Empty(log.Entries);
    }

    [Fact]
    public async Task WithAManagedIdentityAMissingIndexIsLoggedWithTheCommandThatAppliesItAndTheStoreCarriesOn()
    {
        var (options, cases) = await ContainersFromAnEarlierReleaseAsync();
        options.UseManagedIdentity = true;
        options.CreateIfMissing = false;
        var log = new ListLogger<CosmosCaseStore>();

        var store = new CosmosCaseStore(server.Client, options, log);
        var logged = SampleCases.Statutory();
        await store.AddAsync(logged, SampleCases.Index(logged));

        Assert.Equal(logged.Id, (await store.GetAsync(logged.Id))!.Value.Id);
        var warning = Assert.Single(log.Entries, e => e.Level == LogLevel.Warning && e.Message.StartsWith("Cosmos container cases ", StringComparison.Ordinal));
        Assert.Contains("lacks indexes this release needs (/intakeKey/?, (/team ascending, /dueSort ascending, /reference ascending)", warning.Message);
        Assert.Contains($"az cosmosdb sql container update -a ACCOUNT -g RESOURCE_GROUP -d {options.Database} -n cases --idx @cases-indexing.json", warning.Message);
        Assert.Contains("\"compositeIndexes\"", warning.Message);
        Assert.DoesNotContain((await cases.ReadContainerAsync()).Resource.IndexingPolicy.IncludedPaths, p => p.Path == "/intakeKey/?");
    }
}
