using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Storage.Upcasting;
using ComplaintsAssistant.Store.Tests.Documents;

namespace ComplaintsAssistant.Store.Tests.Contract;

/// <summary>Stored documents across releases: every store writes the current document version, and reads a case stored
/// by the release before document versions (the committed version 1 documents) as the case it was.</summary>
public abstract partial class CaseStoreContract
{
    /// <summary>Puts a case into the store as an earlier release wrote it: <paramref name="document"/> exactly as given,
    /// with the index core computes for <paramref name="subject"/>.</summary>
    protected abstract Task PutAsStoredAsync(ICaseStore store, ComplaintsAssistant.Core.Cases.Case subject, string document);

    /// <summary>The case document exactly as the store holds it.</summary>
    protected abstract Task<string> StoredDocumentAsync(ICaseStore store, Guid id);

    public static TheoryData<string> V1DocumentNames => V1Documents.Names;

    [Theory]
    [MemberData(nameof(V1DocumentNames))]
    public async Task ACaseStoredBeforeDocumentVersionsReadsAsTheSameCase(string name)
    {
        var store = await NewStoreAsync();
        var built = RichCases.All[name]();
        await PutAsStoredAsync(store, built, V1Documents.Of(name));

        var read = await store.GetAsync(built.Id);
        var exported = new List<ComplaintsAssistant.Core.Cases.Case>();
        await foreach (var c in ((ICaseArchive)store).ExportAsync()) exported.Add(c);

        Assert.NotNull(read);
        Assert.Equal(SampleCases.Json(built), SampleCases.Json(read.Value));
        Assert.Equal(SampleCases.Json(built), SampleCases.Json((await store.FindByReferenceAsync(built.Reference))!.Value));
        Assert.Equal(SampleCases.Json(built), SampleCases.Json(Assert.Single(exported)));
        Assert.Equal(built.LearningActions, (await store.ListLearningActionsAsync(new LearningQuery(OpenOnly: false))).Select(e => e.Action));
    }

    [Fact]
    public async Task ACaseStoredBeforeDocumentVersionsIsStoredAtTheCurrentVersionOnceChanged()
    {
        var store = await NewStoreAsync();
        var built = RichCases.StatutoryComplaint();
        await PutAsStoredAsync(store, built, V1Documents.Of("statutory-complaint"));

        var read = (await store.GetAsync(built.Id))!;
        read.Value.Reassign("investigator-2", "officer-1", Later);
        var saved = await store.UpdateAsync(read.Value, SampleCases.Index(read.Value), read.Version);

        Assert.True(saved.Succeeded);
        Assert.Equal(CaseJson.CurrentVersion, JsonNode.Parse(await StoredDocumentAsync(store, built.Id))![UpcasterChain.VersionProperty]!.GetValue<int>());
        Assert.Equal("investigator-2", (await store.GetAsync(built.Id))!.Value.Owner);
    }

    [Fact]
    public async Task EveryCaseIsStoredAtTheCurrentDocumentVersion()
    {
        var store = await NewStoreAsync();
        var logged = SampleCases.Statutory();
        var imported = SampleCases.Compliment();
        await store.AddAsync(logged, SampleCases.Index(logged));
        await ((ICaseArchive)store).ImportAsync(imported, SampleCases.Index(imported));

        foreach (var id in new[] { logged.Id, imported.Id })
        {
            var stored = JsonNode.Parse(await StoredDocumentAsync(store, id))!.AsObject();
            Assert.Equal(UpcasterChain.VersionProperty, stored.First().Key);
            Assert.Equal(CaseJson.CurrentVersion, stored[UpcasterChain.VersionProperty]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task ACaseStoredByANewerReleaseIsRefusedNotMisread()
    {
        var store = await NewStoreAsync();
        var built = RichCases.Compliment();
        var newer = JsonNode.Parse(CaseJson.Serialize(built))!.AsObject();
        newer[UpcasterChain.VersionProperty] = CaseJson.CurrentVersion + 1;
        await PutAsStoredAsync(store, built, newer.ToJsonString());

        var refused = await Assert.ThrowsAsync<CaseDocumentVersionException>(() => store.GetAsync(built.Id));

        Assert.Contains($"{built.Reference} was written by a newer release", refused.Message);
    }
}
