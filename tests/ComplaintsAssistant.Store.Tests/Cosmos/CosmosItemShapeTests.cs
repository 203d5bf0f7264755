using System.Text.Json;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Cosmos;
using ComplaintsAssistant.Store.Tests.Contract;
using Microsoft.Azure.Cosmos;

namespace ComplaintsAssistant.Store.Tests.Cosmos;

/// <summary>What is actually stored and queried: the case shape, and that every list order has its composite index.</summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosItemShapeTests(CosmosTestServer server)
{
    [Fact]
    public async Task ACaseIsOneItemHoldingTheCaseJsonAndItsIndexedFacts()
    {
        var options = server.NewDatabaseOptions();
        var store = new CosmosCaseStore(server.Client, options);
        var logged = SampleCases.Statutory(receivedOn: new DateOnly(2026, 5, 1));
        await store.AddAsync(logged, SampleCases.Index(logged));

        var raw = await server.Client.GetContainer(options.Database, options.CasesContainer)
            .ReadItemAsync<JsonElement>(logged.Id.ToString(), new PartitionKey(logged.Id.ToString()));

        var item = raw.Resource;
        Assert.Equal(CaseJson.Serialize(logged), item.GetProperty("doc").GetRawText());
        Assert.Equal("2026-05-18", item.GetProperty("dueSort").GetString());
        Assert.True(item.GetProperty("isOpen").GetBoolean());
        Assert.Equal("statutoryComplaint", item.GetProperty("kind").GetString());
    }

    /// <summary>As Azure does: the item's _etag is an entity-tag with its quotes inside the JSON string, the same
    /// string as the response's ETag, and it is the version the store hands out.</summary>
    [Fact]
    public async Task AnItemsETagIsQuotedInsideTheValueAsOnAzureAndIsTheCasesVersion()
    {
        var options = server.NewDatabaseOptions();
        var store = new CosmosCaseStore(server.Client, options);
        var logged = SampleCases.Statutory();
        var added = await store.AddAsync(logged, SampleCases.Index(logged));

        var raw = await server.Client.GetContainer(options.Database, options.CasesContainer)
            .ReadItemAsync<JsonElement>(logged.Id.ToString(), new PartitionKey(logged.Id.ToString()));

        var etag = raw.Resource.GetProperty("_etag").GetString()!;
        Assert.Matches("^\"[0-9a-f-]{36}\"$", etag);
        Assert.Equal(etag, raw.ETag);
        Assert.Equal(etag, added.Stored.Version);
        Assert.Equal(etag, (await store.GetAsync(logged.Id))!.Version);
        Assert.Equal(etag, (await store.FindByReferenceAsync(logged.Reference))!.Version);
    }

    public static TheoryData<string?, string[]?, bool> EveryListOrder => new()
    {
        { null, null, false }, { null, null, true }, { "manager-1", null, false }, { "manager-1", null, true },
        { null, ["Fostering"], false }, { null, ["Fostering"], true }, { null, ["Fostering", "Children in Care"], true },
        { "manager-1", ["Fostering"], true },
    };

    /// <summary>The test server, like Cosmos, refuses a multi-field ORDER BY without a matching composite index.</summary>
    [Theory]
    [MemberData(nameof(EveryListOrder))]
    public async Task EveryListShapeIsServedByACompositeIndex(string? owner, string[]? teams, bool openOnly)
    {
        var store = server.NewStore();
        var mine = SampleCases.Statutory(team: "Fostering", owner: "manager-1");
        await store.AddAsync(mine, SampleCases.Index(mine));

        var found = await store.ListAsync(new CaseQuery(OpenOnly: openOnly, Owner: owner, Teams: teams, DueOnOrBefore: new DateOnly(2026, 12, 31)));

        Assert.Equal([mine.Id], found.Select(s => s.Id));
    }
}
