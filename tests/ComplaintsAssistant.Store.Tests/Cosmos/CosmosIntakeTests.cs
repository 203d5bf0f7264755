using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Cosmos;
using ComplaintsAssistant.Store.Cosmos.Items;
using ComplaintsAssistant.Store.Tests.Contract;

namespace ComplaintsAssistant.Store.Tests.Cosmos;

/// <summary>Idempotent creates without transactions: what the contract can't see from one caller.</summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosIntakeTests(CosmosTestServer server)
{
    [Fact]
    public async Task RacingAddsOfOneIntakeKeyFromSeveralInstancesMakeOneCase()
    {
        var options = server.NewDatabaseOptions();
        await new CosmosCaseStore(server.Client, options).EnsureReadyAsync();
        var instances = Enumerable.Range(0, 8).Select(_ => new CosmosCaseStore(server.Client, options)).ToArray();
        var attempts = instances.Select(_ => SampleCases.Statutory(intakeKey: "<race@mail.example>")).ToArray();

        var results = await Task.WhenAll(instances.Zip(attempts, (store, c) => store.AddAsync(c, SampleCases.Index(c))));

        Assert.Single(results, r => r.Created);
        var winner = results.Single(r => r.Created).Stored.Value.Id;
        Assert.All(results, r => Assert.Equal(winner, r.Stored.Value.Id));
        Assert.Single(await instances[0].ListAsync(new()));
    }

    [Fact]
    public async Task AClaimWhoseWriterStoppedIsFinishedByTheNextAddOfThatKey()
    {
        var (store, first) = await ClaimLeftHoldingACaseAsync("<stopped@mail.example>");
        Assert.Null(await store.FindByIntakeKeyAsync("<stopped@mail.example>"));

        var second = SampleCases.Statutory(intakeKey: "<stopped@mail.example>");
        var again = await store.AddAsync(second, SampleCases.Index(second));

        Assert.False(again.Created);
        Assert.Equal(first.Id, again.Stored.Value.Id);
        Assert.Equal(SampleCases.Json(first), SampleCases.Json((await store.FindByIntakeKeyAsync("<stopped@mail.example>"))!.Value));
        Assert.Null(await store.GetAsync(second.Id));
    }

    [Fact]
    public async Task AClaimHoldingACaseNotYetWrittenIsFinishedByTheNextClaimOfThatKey()
    {
        var (store, first) = await ClaimLeftHoldingACaseAsync("<numbered@mail.example>");

        var claim = await store.ClaimIntakeAsync("<numbered@mail.example>", Guid.NewGuid(), SampleCases.Now.AddSeconds(1));

        // Its reference is not lost: the case is written as it was, and the key is not granted again.
        Assert.Equal(new IntakeClaim(first.Id, Granted: false), claim);
        Assert.Equal(SampleCases.Json(first), SampleCases.Json((await store.GetAsync(first.Id))!.Value));
    }

    /// <summary>What a writer leaves behind if it stops after recording its case (reference and all) in the key's
    /// claim and before writing the case item.</summary>
    private async Task<(CosmosCaseStore Store, Case First)> ClaimLeftHoldingACaseAsync(string intakeKey)
    {
        var options = server.NewDatabaseOptions();
        var store = new CosmosCaseStore(server.Client, options);
        await store.EnsureReadyAsync();
        var first = SampleCases.Statutory(intakeKey: intakeKey);
        var pending = CaseItem.Of(first, SampleCases.Index(first));
        await server.Client.GetContainer(options.Database, options.MetaContainer)
            .CreateItemAsync(new IntakeClaimItem(MetaIds.For(MetaIds.Intake, intakeKey), intakeKey, pending.Id, pending) { ClaimedAt = SampleCases.Now });
        return (store, first);
    }
}
