using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Council;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;
using ComplaintsAssistant.Core.UseCases;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAssistant.Store.Tests.Contract;

/// <summary>The intake key is claimed before a case takes its reference: the same source sent twice is one case and
/// uses up no number, and a claim left by a writer that stopped does not block the key for ever.</summary>
public abstract partial class CaseStoreContract
{
    private const string Email = "<double-click@mail.example>";

    [Fact]
    public async Task FiftyRacingLogsOfOneIntakeKeyMakeOneCaseAndTheNextCaseTakesTheNextNumber()
    {
        var store = await NewStoreAsync();
        var service = new CaseService(store, ClockRules.Default, CouncilVocabulary.Default, new SamplePeople(), (IAccessLog)store, new FakeTimeProvider(SampleCases.Now));
        var officer = new Actor("officer-1", "Ola Officer", Role.ComplaintsOfficer, []);
        var email = SampleCases.StatutoryInput(intakeKey: Email);

        var racing = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => service.LogAsync(officer, email))));

        var logged = Assert.Single(racing, r => r.Succeeded && r.Value.Created).Value.View.Case;
        Assert.Equal("CC-2026-0001", logged.Reference);
        // Every other attempt got that case, or was told it was being logged at that moment.
        Assert.All(racing, r => Assert.True(r.Succeeded ? r.Value.View.Case.Id == logged.Id : r.Error!.Rule == "being-logged", r.Error?.Rule));
        Assert.Single(await store.ListAsync(new CaseQuery()));
        var next = await service.LogAsync(officer, SampleCases.StatutoryInput(intakeKey: "<the-next-email@mail.example>"));
        Assert.Equal("CC-2026-0002", next.Value.View.Case.Reference);
    }

    [Fact]
    public async Task AnIntakeKeyIsClaimedOnceAndIsNotFoundUntilItsCaseIsAdded()
    {
        var store = await NewStoreAsync();
        var first = SampleCases.Statutory(intakeKey: Email);

        var claimed = await store.ClaimIntakeAsync(Email, first.Id, SampleCases.Now);
        var again = await store.ClaimIntakeAsync(Email, Guid.NewGuid(), SampleCases.Now.AddSeconds(1));
        var beforeAdd = await store.FindByIntakeKeyAsync(Email);
        await store.AddAsync(first, SampleCases.Index(first));

        Assert.Equal(new IntakeClaim(first.Id, Granted: true), claimed);
        Assert.Equal(new IntakeClaim(first.Id, Granted: false), again);
        Assert.Null(beforeAdd);
        Assert.Equal(first.Id, (await store.FindByIntakeKeyAsync(Email))!.Value.Id);
    }

    [Fact]
    public async Task ClaimingTheKeyOfALoggedCaseGivesThatCase()
    {
        var store = await NewStoreAsync();
        var logged = SampleCases.Statutory(intakeKey: Email);
        await store.AddAsync(logged, SampleCases.Index(logged));

        Assert.Equal(new IntakeClaim(logged.Id, Granted: false), await store.ClaimIntakeAsync(Email, Guid.NewGuid(), SampleCases.Now));
    }

    [Fact]
    public async Task AClaimWhoseWriterStoppedIsGrantedAfreshOnceAbandonedAndTheKeyStillMakesOneCase()
    {
        var store = await NewStoreAsync();
        var stopped = Guid.NewGuid();
        await store.ClaimIntakeAsync(Email, stopped, SampleCases.Now);
        var retry = SampleCases.Statutory(intakeKey: Email);

        var tooSoon = await store.ClaimIntakeAsync(Email, retry.Id, SampleCases.Now + IntakeClaim.AbandonedAfter - TimeSpan.FromSeconds(1));
        var takenOver = await store.ClaimIntakeAsync(Email, retry.Id, SampleCases.Now + IntakeClaim.AbandonedAfter + TimeSpan.FromSeconds(1));
        var added = await store.AddAsync(retry, SampleCases.Index(retry));
        // The writer that stopped was only slow after all, and now adds its case.
        var late = SampleCases.Statutory(intakeKey: Email, id: stopped);
        var lateAdd = await store.AddAsync(late, SampleCases.Index(late));

        Assert.Equal(new IntakeClaim(stopped, Granted: false), tooSoon);
        Assert.Equal(new IntakeClaim(retry.Id, Granted: true), takenOver);
        Assert.True(added.Created);
        Assert.False(lateAdd.Created);
        Assert.Equal(retry.Id, lateAdd.Stored.Value.Id);
        Assert.Equal([retry.Id], (await store.ListAsync(new CaseQuery())).Select(c => c.Id));
    }
}
