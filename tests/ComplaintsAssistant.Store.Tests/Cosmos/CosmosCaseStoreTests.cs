using System.Text.Json;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Cosmos;
using ComplaintsAssistant.Store.Cosmos.Items;
using ComplaintsAssistant.Store.Tests.Contract;
using Microsoft.Azure.Cosmos;

namespace ComplaintsAssistant.Store.Tests.Cosmos;

/// <summary>The store contract against the local Cosmos server, each test in a new database.</summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosCaseStoreTests(CosmosTestServer server) : CaseStoreContract
{
    private readonly Dictionary<ICaseStore, CosmosStoreOptions> _options = [];

    protected override Task<ICaseStore> NewStoreAsync()
    {
        var options = server.NewDatabaseOptions();
        var store = new CosmosCaseStore(server.Client, options);
        _options[store] = options;
        return Task.FromResult<ICaseStore>(store);
    }

    protected override async Task PutAsStoredAsync(ICaseStore store, Case subject, string document)
    {
        await ((CosmosCaseStore)store).EnsureReadyAsync();
        using var stored = JsonDocument.Parse(document);
        var item = CaseItem.Of(subject, SampleCases.Index(subject)) with { Doc = stored.RootElement.Clone() };
        await Cases(store).CreateItemAsync(item, new PartitionKey(item.Id));
    }

    protected override async Task PutWithoutFactsAsync(ICaseStore store, Case subject)
    {
        await ((CosmosCaseStore)store).EnsureReadyAsync();
        var item = JsonSerializer.SerializeToNode(CaseItem.Of(subject, SampleCases.Index(subject)), CaseJson.Options)!.AsObject();
        foreach (var facts in new[] { "figureCases", "figureStages", "figureConcerns" }) Assert.True(item.Remove(facts));
        using var content = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(item));
        using var created = await Cases(store).CreateItemStreamAsync(content, new PartitionKey(subject.Id.ToString()));
        Assert.True(created.IsSuccessStatusCode);
    }

    [Fact]
    public async Task ItemsWrittenBeforeMoneyOmbudsmanAndAdrFactsAreSavedAgainByTheBackfill()
    {
        var store = (CosmosCaseStore)await NewStoreAsync();
        await store.EnsureReadyAsync();
        var old = RedressYears.Compensation2018().First();
        // The item as the release before wrote it: every fact array it knew, none of the four added since.
        var item = JsonSerializer.SerializeToNode(CaseItem.Of(old, SampleCases.Index(old)), CaseJson.Options)!.AsObject();
        foreach (var facts in new[] { "figurePayments", "figureOmbudsman", "figureEscalations", "figureResolutions" }) Assert.True(item.Remove(facts));
        using (var content = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(item)))
        using (var created = await Cases(store).CreateItemStreamAsync(content, new PartitionKey(old.Id.ToString())))
            Assert.True(created.IsSuccessStatusCode);

        Assert.Equal([old.Id], await store.CasesWithoutFactsAsync(10));
        await Core.Figures.Facts.FactsBackfill.RunAsync(store, store, Core.Timescales.ClockRules.Default);

        var request = new Core.Figures.Definitions.FigureRequest(Core.Figures.ReportingPeriod.FinancialYear(2018), null, Core.Figures.CountingConventions.Default);
        var compensation = await Core.Figures.Definitions.FigureCatalogue.Find("costs.compensation")!.ComputeAsync(request, store, default);
        Assert.Empty(await store.CasesWithoutFactsAsync(10));
        Assert.Equal((1, 50.00m), (compensation.Value, compensation.Amount));
    }

    [Fact]
    public async Task ItemsWrittenBeforeTheAdvocateWasAFactAreSavedAgainByTheBackfillAndCounted()
    {
        var store = (CosmosCaseStore)await NewStoreAsync();
        await store.EnsureReadyAsync();
        var old = PublishedYears.YoungPeople(2018, young: 1, withAdvocate: 1)[0];
        // The item as the release before wrote it: its case facts without the advocate.
        var item = JsonSerializer.SerializeToNode(CaseItem.Of(old, SampleCases.Index(old)), CaseJson.Options)!.AsObject();
        Assert.True(item["figureCases"]![0]!.AsObject().Remove("supportedByAdvocate"));
        using (var content = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(item)))
        using (var created = await Cases(store).CreateItemStreamAsync(content, new PartitionKey(old.Id.ToString())))
            Assert.True(created.IsSuccessStatusCode);

        var request = new Core.Figures.Definitions.FigureRequest(Core.Figures.ReportingPeriod.FinancialYear(2018), null, Core.Figures.CountingConventions.Default);
        var advocate = Core.Figures.Definitions.FigureCatalogue.Find("statutory.complaints.with_advocate")!;
        var before = await advocate.ComputeAsync(request, store, default);
        Assert.Equal([old.Id], await store.CasesWithoutFactsAsync(10));
        await Core.Figures.Facts.FactsBackfill.RunAsync(store, store, Core.Timescales.ClockRules.Default);
        var after = await advocate.ComputeAsync(request, store, default);

        Assert.Empty(await store.CasesWithoutFactsAsync(10));
        Assert.Equal((0, 1), (before.Value, before.Population));
        Assert.Equal((1, 1), (after.Value, after.Population));
    }

    protected override async Task<string> StoredDocumentAsync(ICaseStore store, Guid id) =>
        (await Cases(store).ReadItemAsync<JsonElement>(id.ToString(), new PartitionKey(id.ToString()))).Resource.GetProperty("doc").GetRawText();

    private Container Cases(ICaseStore store) => server.Client.GetContainer(_options[store].Database, _options[store].CasesContainer);
}
