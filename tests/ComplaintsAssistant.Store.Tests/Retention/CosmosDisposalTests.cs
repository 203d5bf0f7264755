using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.EmailIntake.Keeping;
using ComplaintsAssistant.Core.Figures.Facts;
using ComplaintsAssistant.Store.Cosmos;
using ComplaintsAssistant.Store.Emails;
using ComplaintsAssistant.Store.Tests.Contract;
using ComplaintsAssistant.Store.Tests.Cosmos;
using ComplaintsAssistant.Store.Tests.Emails;
using Microsoft.Azure.Cosmos;

namespace ComplaintsAssistant.Store.Tests.Retention;

/// <summary>The disposal contract on the Cosmos test server (a new database per test; a second store on it is a second
/// host or a restart) and Azurite; every item of both containers is searched for what names a destroyed case.</summary>
[Collection(CosmosAndAzuriteCollection.Name)]
public sealed class CosmosDisposalTests(CosmosTestServer server, AzuriteServer azurite) : DisposalContract<CosmosCaseStore>
{
    private readonly CosmosStoreOptions _options = server.NewDatabaseOptions();

    protected override Task<CosmosCaseStore> OpenAsync() => Task.FromResult(new CosmosCaseStore(server.Client, _options));

    protected override async Task<IEmailStore> NewEmailsAsync() => new AzureEmailStore(await azurite.NewContainerAsync());

    /// <summary>The kept facts are the case item's figure arrays under a new id, and nothing else: no document, reference,
    /// team field, dates or index fields outside the facts.</summary>
    [Fact]
    public async Task A_destroyed_cases_facts_are_kept_once_under_a_new_id_with_nothing_else()
    {
        var store = await OpenAsync();
        var subject = FigureSamples.Answered(FigureSamples.May1, new DateOnly(2026, 5, 15));
        await store.AddAsync(subject, SampleCases.Index(subject));
        var facts = FigureArrays(await CaseItemAsync(subject.Id));

        await store.EraseCaseAsync(subject.Id, subject.Reference);
        await store.EraseCaseAsync(subject.Id, subject.Reference);

        var kept = Assert.Single(await FiguresItemsAsync());
        Assert.Equal(["figureCases", "figureChildren", "figureConcerns", "figureEscalations", "figureOmbudsman", "figurePayments",
            "figureResolutions", "figureStages", "id", "type"],
            kept.EnumerateObject().Select(p => p.Name).Where(n => !n.StartsWith('_')).Order(StringComparer.Ordinal));
        Assert.NotEqual(subject.Id.ToString("N"), kept.GetProperty("id").GetString()!.Split('-')[^1]);
        Assert.Equal(facts, FigureArrays(kept));
    }

    /// <summary>A host that stopped after keeping the facts but before deleting the case item: the next erasure reuses the
    /// facts item it named on the case item, so the facts are counted once.</summary>
    [Fact]
    public async Task An_erasure_stopped_after_keeping_the_facts_keeps_them_once_when_repeated()
    {
        var store = await OpenAsync();
        var subject = FigureSamples.Answered(FigureSamples.May1, new DateOnly(2026, 5, 15));
        await store.AddAsync(subject, SampleCases.Index(subject));
        var figures = await store.CountAsync(StagesOf2026);
        Assert.Equal(1, Assert.Single(figures).Count);
        var item = JsonNode.Parse((await CaseItemAsync(subject.Id)).GetRawText())!.AsObject();
        item["factsKeptAs"] = "figures-stopped";
        await Container(_options.CasesContainer).ReplaceItemAsync(item, subject.Id.ToString(), new PartitionKey(subject.Id.ToString()));
        var facts = new JsonObject { ["id"] = "figures-stopped", ["type"] = "figures" };
        foreach (var array in new[] { "figureCases", "figureStages", "figureConcerns", "figureChildren" }) facts[array] = item[array]!.DeepClone();
        await Container(_options.MetaContainer).CreateItemAsync(facts, new PartitionKey("figures-stopped"));
        Assert.Equal(2, Assert.Single(await store.CountAsync(StagesOf2026)).Count); // counted twice until the case item goes

        await store.EraseCaseAsync(subject.Id, subject.Reference);

        Assert.Equal(["figures-stopped"], (await FiguresItemsAsync()).Select(i => i.GetProperty("id").GetString()));
        Assert.Null(await store.GetAsync(subject.Id));
        Assert.Equal(JsonSerializer.Serialize(figures),
            JsonSerializer.Serialize(await store.CountAsync(StagesOf2026)));
    }

    private static readonly FactQuery StagesOf2026 =
        new(FactTable.Stages, DateBasis.Received, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), [], [FactField.Stage, FactField.Outcome]);

    private Container Container(string name) => server.Client.GetContainer(_options.Database, name);

    private async Task<JsonElement> CaseItemAsync(Guid id) =>
        (await Container(_options.CasesContainer).ReadItemAsync<JsonElement>(id.ToString(), new PartitionKey(id.ToString()))).Resource;

    private async Task<List<JsonElement>> FiguresItemsAsync()
    {
        var found = new List<JsonElement>();
        using var pages = Container(_options.MetaContainer).GetItemQueryIterator<JsonElement>("SELECT * FROM c WHERE c.type = 'figures'");
        while (pages.HasMoreResults) found.AddRange(await pages.ReadNextAsync());
        return found;
    }

    private static string FigureArrays(JsonElement item) => string.Join("\n",
        new[] { "figureCases", "figureStages", "figureConcerns", "figureChildren", "figurePayments", "figureOmbudsman", "figureEscalations", "figureResolutions" }.Select(a => item.GetProperty(a).GetRawText()));

    /// <summary>Every item in either container whose JSON holds the case's id (any spelling) or reference: "container: item".</summary>
    protected override async Task<IReadOnlyList<string>> NamingAsync(Case subject)
    {
        var needles = new[] { subject.Id.ToString(), subject.Id.ToString("N"), subject.Reference };
        var found = new List<string>();
        foreach (var name in new[] { _options.CasesContainer, _options.MetaContainer })
        {
            using var pages = server.Client.GetContainer(_options.Database, name).GetItemQueryIterator<JsonElement>("SELECT * FROM c");
            while (pages.HasMoreResults)
                foreach (var item in await pages.ReadNextAsync())
                {
                    if (item.TryGetProperty("type", out var type) && type.GetString() == "disposalRecord") continue;
                    var text = item.GetRawText();
                    if (needles.Any(n => text.Contains(n, StringComparison.OrdinalIgnoreCase))) found.Add($"{name}: {text}");
                }
        }
        return found;
    }
}

/// <summary>Tests that need both the Cosmos test server and Azurite.</summary>
[CollectionDefinition(Name)]
public sealed class CosmosAndAzuriteCollection : ICollectionFixture<CosmosTestServer>, ICollectionFixture<AzuriteServer>
{
    public const string Name = "Cosmos test server and Azurite";
}
