using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Store.Tests.Contract;

/// <summary>Many cases at once, as an import of past years writes them.</summary>
public abstract partial class CaseStoreContract
{
    [Fact]
    public async Task ManyCasesAddedAtOnceAreEachStoredWithTheirIndex()
    {
        var store = await NewStoreAsync();
        var cases = Enumerable.Range(0, 5).Select(i => SampleCases.Statutory(intakeKey: $"import:OLD-{i}")).ToArray();

        var added = await store.AddManyAsync([.. cases.Select(c => (c, SampleCases.Index(c)))]);

        Assert.All(added, a => Assert.True(a.Created));
        foreach (var c in cases) Assert.Equal(SampleCases.Json(c), SampleCases.Json((await store.FindByIntakeKeyAsync(c.Snapshot.IntakeKey!))!.Value));
        Assert.Equal(5, (await store.ListAsync(new CaseQuery())).Count);
    }

    [Fact]
    public async Task AddingManyWhenOneIntakeKeyIsTakenKeepsTheCaseThereAndAddsTheRest()
    {
        var store = await NewStoreAsync();
        var there = SampleCases.Statutory(intakeKey: "import:OLD-1");
        await store.AddAsync(there, SampleCases.Index(there));
        var again = SampleCases.Statutory(intakeKey: "import:OLD-1");
        var fresh = SampleCases.Statutory(intakeKey: "import:OLD-2");

        var added = await store.AddManyAsync([(again, SampleCases.Index(again)), (fresh, SampleCases.Index(fresh))]);

        Assert.Equal([(false, there.Id), (true, fresh.Id)], added.Select(a => (a.Created, a.Stored.Value.Id)));
        Assert.Null(await store.GetAsync(again.Id));
    }

    [Fact]
    public async Task ABlockOfSequenceNumbersFollowsTheNumbersTakenAndIsFollowedByTheNext()
    {
        var store = await NewStoreAsync();
        Assert.Equal(1, await store.NextSequenceAsync("CC-2015"));

        var block = await store.NextSequenceNumbersAsync("CC-2015", 3);

        Assert.Equal([2, 3, 4], block);
        Assert.Equal(5, await store.NextSequenceAsync("CC-2015"));
        Assert.Equal([1, 2], await store.NextSequenceNumbersAsync("CP-2015", 2));
    }
}
