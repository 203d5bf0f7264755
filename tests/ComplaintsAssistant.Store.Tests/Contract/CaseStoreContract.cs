using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Learning;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Store.Tests.Contract;

/// <summary>What every store must do. Each store's test class derives from this and supplies a fresh, empty store.</summary>
public abstract partial class CaseStoreContract
{
    /// <summary>A new, empty store implementing <see cref="ICaseStore"/>, <see cref="ICaseArchive"/> and <see cref="IConversationStore"/>.</summary>
    protected abstract Task<ICaseStore> NewStoreAsync();

    private static readonly DateTimeOffset Later = SampleCases.Now.AddHours(1);

    [Fact]
    public async Task AddThenGetReturnsTheSameCase()
    {
        var store = await NewStoreAsync();
        var logged = SampleCases.Statutory();

        var added = await store.AddAsync(logged, SampleCases.Index(logged));
        var read = await store.GetAsync(logged.Id);

        Assert.True(added.Created);
        Assert.NotNull(read);
        Assert.Equal(SampleCases.Json(logged), SampleCases.Json(read.Value));
        Assert.Equal(added.Stored.Version, read.Version);
    }

    [Fact]
    public async Task TheSchedulersQueryPagesByKeysetThroughCasesWithADeadlineOnOrBeforeTheDay()
    {
        var store = await NewStoreAsync();
        // Received 1 May 2026: each one's acknowledgement is due Thursday 7 May (3 working days; 4 May is a bank holiday).
        var early = Enumerable.Range(0, 5).Select(_ => SampleCases.Statutory()).ToList();
        var later = SampleCases.Statutory(receivedOn: new DateOnly(2026, 5, 29));
        var closed = SampleCases.Compliment();
        foreach (var c in early.Append(later).Append(closed)) await store.AddAsync(c, SampleCases.Index(c));

        var seen = new List<PromptCandidate>();
        PromptCandidate? after = null;
        while (true)
        {
            var page = await store.ListPromptCandidatesAsync(new DateOnly(2026, 5, 7), after, 2);
            seen.AddRange(page);
            if (page.Count < 2) break;
            after = page[^1];
        }

        Assert.Equal(early.Select(c => c.Reference).Order(StringComparer.Ordinal), seen.Select(c => c.Reference));
        Assert.All(seen, c => Assert.Equal(new DateOnly(2026, 5, 7), c.PromptOn));
        Assert.Equal(early.Select(c => c.Id).Order(), seen.Select(c => c.Id).Order());
    }

    [Fact]
    public async Task ListsCarryTheIndexedDeadlinesSoADeclaredHolidayCanBeCheckedAgainstThem()
    {
        var store = await NewStoreAsync();
        // Received 1 May 2026: acknowledgement due Thursday 7 May, response Monday 18 May; a compliment has neither.
        var complaint = SampleCases.Statutory(receivedOn: new DateOnly(2026, 5, 1));
        var praise = SampleCases.Compliment();
        foreach (var c in new[] { complaint, praise }) await store.AddAsync(c, SampleCases.Index(c));

        var rows = (await store.ListAsync(new CaseQuery())).ToDictionary(r => r.Id);

        Assert.Equal((new DateOnly(2026, 5, 18), new DateOnly(2026, 5, 7)), (rows[complaint.Id].DueOn, rows[complaint.Id].PromptOn));
        Assert.Equal((null, null), (rows[praise.Id].DueOn, rows[praise.Id].PromptOn));
    }

    [Fact]
    public async Task GetOfAnUnknownIdIsNull()
    {
        var store = await NewStoreAsync();
        Assert.Null(await store.GetAsync(Guid.NewGuid()));
        Assert.Null(await store.FindByReferenceAsync("CC-1999-0001"));
        Assert.Null(await store.FindByIntakeKeyAsync("<nothing@example>"));
    }

    [Fact]
    public async Task FindByReferenceAndIntakeKeyFindTheCase()
    {
        var store = await NewStoreAsync();
        var logged = SampleCases.Statutory(intakeKey: "<abc@mail.example>");
        await store.AddAsync(logged, SampleCases.Index(logged));

        Assert.Equal(logged.Id, (await store.FindByReferenceAsync(logged.Reference))!.Value.Id);
        Assert.Equal(logged.Id, (await store.FindByIntakeKeyAsync("<abc@mail.example>"))!.Value.Id);
    }

    [Fact]
    public async Task AddingTheSameIntakeKeyTwiceKeepsOneCase()
    {
        var store = await NewStoreAsync();
        var first = SampleCases.Statutory(intakeKey: "<same@mail.example>");
        var second = SampleCases.Statutory(intakeKey: "<same@mail.example>");

        await store.AddAsync(first, SampleCases.Index(first));
        var again = await store.AddAsync(second, SampleCases.Index(second));

        Assert.False(again.Created);
        Assert.Equal(first.Id, again.Stored.Value.Id);
        Assert.Null(await store.GetAsync(second.Id));
    }

    [Fact]
    public async Task UpdateWithTheVersionReadSavesTheChangeAndMovesTheVersionOn()
    {
        var store = await NewStoreAsync();
        var logged = SampleCases.Statutory();
        var added = await store.AddAsync(logged, SampleCases.Index(logged));

        var read = (await store.GetAsync(logged.Id))!;
        Assert.True(read.Value.Reassign("manager-2", "officer-1", Later).Succeeded);
        var saved = await store.UpdateAsync(read.Value, SampleCases.Index(read.Value), read.Version);

        Assert.True(saved.Succeeded);
        Assert.NotEqual(added.Stored.Version, saved.Value);
        var reread = (await store.GetAsync(logged.Id))!;
        Assert.Equal("manager-2", reread.Value.Owner);
        Assert.Equal(saved.Value, reread.Version);
    }

    [Fact]
    public async Task UpdateWithAStaleVersionIsRefusedAndChangesNothing()
    {
        var store = await NewStoreAsync();
        var logged = SampleCases.Statutory();
        await store.AddAsync(logged, SampleCases.Index(logged));
        var mine = (await store.GetAsync(logged.Id))!;
        var theirs = (await store.GetAsync(logged.Id))!;

        theirs.Value.Reassign("manager-2", "officer-1", Later);
        Assert.True((await store.UpdateAsync(theirs.Value, SampleCases.Index(theirs.Value), theirs.Version)).Succeeded);
        mine.Value.Reassign("manager-3", "officer-2", Later);
        var stale = await store.UpdateAsync(mine.Value, SampleCases.Index(mine.Value), mine.Version);

        Assert.Equal(ErrorKind.Conflict, stale.Error?.Kind);
        Assert.Equal("manager-2", (await store.GetAsync(logged.Id))!.Value.Owner);
    }

    [Fact]
    public async Task OfTwoConcurrentUpdatesFromOneReadExactlyOneWins()
    {
        var store = await NewStoreAsync();
        var logged = SampleCases.Statutory();
        await store.AddAsync(logged, SampleCases.Index(logged));
        var reads = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => store.GetAsync(logged.Id)));

        var writes = await Task.WhenAll(reads.Select((read, i) =>
        {
            read!.Value.Reassign($"manager-{i + 10}", "officer-1", Later);
            return store.UpdateAsync(read.Value, SampleCases.Index(read.Value), read.Version);
        }));

        Assert.Equal(1, writes.Count(w => w.Succeeded));
        Assert.All(writes.Where(w => !w.Succeeded), w => Assert.Equal(ErrorKind.Conflict, w.Error!.Kind));
    }

    [Fact]
    public async Task UpdateOfAMissingCaseIsAConflictNotACreate()
    {
        var store = await NewStoreAsync();
        var never = SampleCases.Statutory();
        var result = await store.UpdateAsync(never, SampleCases.Index(never), "1");
        Assert.False(result.Succeeded);
        Assert.Null(await store.GetAsync(never.Id));
    }

    [Fact]
    public async Task SequencesCountUpSeparatelyAndNeverRepeatUnderConcurrency()
    {
        var store = await NewStoreAsync();
        Assert.Equal(1, await store.NextSequenceAsync("CC-2026"));
        Assert.Equal(2, await store.NextSequenceAsync("CC-2026"));
        Assert.Equal(1, await store.NextSequenceAsync("ME-2026"));

        var many = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => store.NextSequenceAsync("CP-2026")));
        Assert.Equal(Enumerable.Range(1, 20), many.Order());
    }

    [Fact]
    public async Task ListFiltersByOwnerTeamKindAndOpenness()
    {
        var store = await NewStoreAsync();
        var mine = SampleCases.Statutory(team: "Children in Care", owner: "manager-1");
        var theirs = SampleCases.Statutory(team: "Fostering", owner: "manager-2");
        var praise = SampleCases.Compliment(team: "Fostering");
        foreach (var c in new[] { mine, theirs, praise }) await store.AddAsync(c, SampleCases.Index(c));

        Assert.Equal([mine.Id], (await store.ListAsync(new CaseQuery(Owner: "manager-1"))).Select(s => s.Id));
        Assert.Equal([theirs.Id, praise.Id], (await store.ListAsync(new CaseQuery(Teams: ["Fostering"]))).Select(s => s.Id));
        Assert.Equal([praise.Id], (await store.ListAsync(new CaseQuery(Kind: CaseKind.Compliment))).Select(s => s.Id));
        Assert.Equal(2, (await store.ListAsync(new CaseQuery(OpenOnly: true))).Count);
    }

    [Fact]
    public async Task ListOrdersByDueDateWithUndatedLastAndPages()
    {
        var store = await NewStoreAsync();
        var late = SampleCases.Statutory(receivedOn: new DateOnly(2026, 5, 20));
        var early = SampleCases.Statutory(receivedOn: new DateOnly(2026, 5, 1));
        var undated = SampleCases.Compliment();
        foreach (var c in new[] { late, undated, early }) await store.AddAsync(c, SampleCases.Index(c));

        var all = await store.ListAsync(new CaseQuery());
        Assert.Equal([early.Id, late.Id, undated.Id], all.Select(s => s.Id));
        Assert.Equal(new DateOnly(2026, 5, 18), all[0].DueOn); // 10 working days from Fri 1 May: Mon 4 May is a bank holiday
        Assert.Equal([late.Id], (await store.ListAsync(new CaseQuery(Skip: 1, Take: 1))).Select(s => s.Id));
    }

    [Fact]
    public async Task ListFindsClocksDueOnOrBeforeADay()
    {
        var store = await NewStoreAsync();
        var dueMid = SampleCases.Statutory(receivedOn: new DateOnly(2026, 5, 1));   // due Mon 18 May (4 May is a bank holiday)
        var dueLate = SampleCases.Statutory(receivedOn: new DateOnly(2026, 5, 20)); // due 4 June (25 May is a bank holiday)
        foreach (var c in new[] { dueMid, dueLate }) await store.AddAsync(c, SampleCases.Index(c));

        Assert.Equal([dueMid.Id], (await store.ListAsync(new CaseQuery(DueOnOrBefore: new DateOnly(2026, 5, 18)))).Select(s => s.Id));
        Assert.Empty(await store.ListAsync(new CaseQuery(DueOnOrBefore: new DateOnly(2026, 5, 15))));
    }

    [Fact]
    public async Task ListFiltersByDateReceived()
    {
        var store = await NewStoreAsync();
        var april = SampleCases.Statutory(receivedOn: new DateOnly(2026, 4, 10));
        var may = SampleCases.Statutory(receivedOn: new DateOnly(2026, 5, 10));
        foreach (var c in new[] { april, may }) await store.AddAsync(c, SampleCases.Index(c));

        var found = await store.ListAsync(new CaseQuery(ReceivedFrom: new DateOnly(2026, 5, 1), ReceivedTo: new DateOnly(2026, 5, 31)));
        Assert.Equal([may.Id], found.Select(s => s.Id));
    }

    [Fact]
    public async Task LearningActionsAreListedAcrossCasesAndFollowTheirStatus()
    {
        var store = await NewStoreAsync();
        var care = SampleCases.Statutory(team: "Children in Care");
        var fostering = SampleCases.Statutory(team: "Fostering");
        care.AddLearningAction(new NewLearningAction("Calls unanswered", "Return calls in 2 days", "Duty rota", "Children in Care", "manager-1", new DateOnly(2026, 9, 1)), "officer-1", Later);
        fostering.AddLearningAction(new NewLearningAction("Letters late", "Send on time", "Template", "Fostering", "manager-2", new DateOnly(2026, 7, 1)), "officer-1", Later);
        foreach (var c in new[] { care, fostering }) await store.AddAsync(c, SampleCases.Index(c));

        var open = await store.ListLearningActionsAsync(new LearningQuery());
        Assert.Equal([fostering.Reference, care.Reference], open.Select(e => e.CaseReference));
        Assert.Equal("Letters late", open[0].Action.Issue);
        Assert.Equal([care.Reference], (await store.ListLearningActionsAsync(new LearningQuery(Teams: ["Children in Care"]))).Select(e => e.CaseReference));

        var read = (await store.GetAsync(fostering.Id))!;
        read.Value.UpdateLearningAction(1, LearningStatus.Completed, "Template in use", "officer-1", Later);
        await store.UpdateAsync(read.Value, SampleCases.Index(read.Value), read.Version);

        Assert.Equal([care.Reference], (await store.ListLearningActionsAsync(new LearningQuery())).Select(e => e.CaseReference));
        Assert.Equal(2, (await store.ListLearningActionsAsync(new LearningQuery(OpenOnly: false))).Count);
    }

    [Fact]
    public async Task ImportIsAnUpsertAndExportGivesEveryCase()
    {
        var store = await NewStoreAsync();
        var archive = (ICaseArchive)store;
        var one = SampleCases.Statutory();
        var two = SampleCases.Compliment();

        await archive.ImportAsync(one, SampleCases.Index(one));
        await archive.ImportAsync(two, SampleCases.Index(two));
        one.Reassign("manager-9", "officer-1", Later);
        await archive.ImportAsync(one, SampleCases.Index(one)); // re-run after a change

        var exported = new List<Case>();
        await foreach (var c in archive.ExportAsync()) exported.Add(c);
        Assert.Equal(2, exported.Count);
        Assert.Equal("manager-9", exported.Single(c => c.Id == one.Id).Owner);
        Assert.Equal("manager-9", (await store.GetAsync(one.Id))!.Value.Owner);
    }

    [Fact]
    public async Task RaisingASequenceNeverLowersIt()
    {
        var store = await NewStoreAsync();
        var archive = (ICaseArchive)store;
        await archive.RaiseSequenceAsync("CC-2026", 41);
        await archive.RaiseSequenceAsync("CC-2026", 7);

        Assert.Equal(42, await store.NextSequenceAsync("CC-2026"));
        var sequences = new Dictionary<string, int>();
        await foreach (var (name, value) in archive.ExportSequencesAsync()) sequences[name] = value;
        Assert.Equal(42, sequences["CC-2026"]);
    }

    [Fact]
    public async Task ConversationReferencesAreKeptPerUserAndReplaced()
    {
        var conversations = (IConversationStore)await NewStoreAsync();
        Assert.Null(await conversations.GetAsync("user-1"));
        await conversations.SaveAsync("user-1", "{\"a\":1}");
        await conversations.SaveAsync("user-1", "{\"a\":2}");
        await conversations.SaveAsync("user-2", "{\"b\":1}");

        Assert.Equal("{\"a\":2}", await conversations.GetAsync("user-1"));
        Assert.Equal("{\"b\":1}", await conversations.GetAsync("user-2"));
    }

    [Fact]
    public async Task AKeyAddedIfAbsentIsKeptByTheFirstOfManyRacingWritersOnly()
    {
        var conversations = (IConversationStore)await NewStoreAsync();

        // Eight writers at once, each on its own connection or request, as several host instances would be.
        var racing = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => conversations.AddIfAbsentAsync("welcome|a:1", $"host {i}"))));

        var winner = Assert.Single(Enumerable.Range(0, 8), i => racing[i]);
        Assert.Equal($"host {winner}", await conversations.GetAsync("welcome|a:1"));
        Assert.True(await conversations.AddIfAbsentAsync("welcome|a:2", "x"));
    }

    [Fact]
    public async Task TheIndexFollowsTheCaseThroughItsWorkflow()
    {
        var store = await NewStoreAsync();
        var logged = SampleCases.Statutory(receivedOn: new DateOnly(2026, 5, 1));
        await store.AddAsync(logged, SampleCases.Index(logged));

        var read = (await store.GetAsync(logged.Id))!;
        Assert.Null(read.Value.RecordResponse(new StageResponse(new DateOnly(2026, 5, 14), Outcome.PartiallyUpheld, [Resolution.Apology],
            [new ConcernOutcome(1, Outcome.Upheld), new ConcernOutcome(2, Outcome.Upheld), new ConcernOutcome(3, Outcome.NotUpheld)]), "manager-1", Later).Error);
        await store.UpdateAsync(read.Value, SampleCases.Index(read.Value), read.Version);

        var row = (await store.ListAsync(new CaseQuery())).Single();
        Assert.Equal(CaseStatus.Responded, row.Status);
        Assert.Null(row.DueOn);
        Assert.Empty(await store.ListAsync(new CaseQuery(DueOnOrBefore: new DateOnly(2030, 1, 1))));
        // Nothing prompts any more: the scheduler no longer reads it.
        Assert.Null(row.PromptOn);
        Assert.Empty(await store.ListPromptCandidatesAsync(new DateOnly(2030, 1, 1), null, 10));
    }
}
