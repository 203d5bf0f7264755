using System.Text.Json;
using ComplaintsAssistant.Core.AccessLog;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.EmailIntake.Keeping;
using ComplaintsAssistant.Core.EmailIntake.Linking;
using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Figures.Definitions;
using ComplaintsAssistant.Core.Figures.Facts;
using ComplaintsAssistant.Core.Retention;
using ComplaintsAssistant.Core.Storage;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAssistant.Store.Tests.Contract;

/// <summary>The disposal job on every store, with real blob storage (Azurite): what officers approve and is due and not held
/// is destroyed everywhere, every figure stays as it was, a record stays; holds stop it; a stopped run is finished by the
/// next; two hosts on one store destroy a case once. Each store's test class supplies the store (opened again: another
/// host, or a restart, on the same data) and a look at everything it holds that names a case.</summary>
public abstract class DisposalContract<TStore>
    where TStore : class, ICaseStore, ICaseArchive, ILegalHolds, IDisposals, ICaseErasure, IAccessLog, IPromptLedger, IConversationStore,
        ICaseMessageIds, IFigureFacts
{
    // Statutory complaints kept a year from the last action (every sample's audit is at SampleCases.Now, 1 June 2026).
    private static readonly RetentionSchedule Schedule = RetentionSchedule.With(
        [new RetentionRule(RecordClass.StatutoryComplaint, new RetentionPeriod(1, 0), RetentionTrigger.LastAction)], noticeDays: 30).Value!;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 5, 10, 2, 0, 0, TimeSpan.Zero));

    /// <summary>The store under test; every call opens the same data again (a second host, or the host restarted).</summary>
    protected abstract Task<TStore> OpenAsync();

    /// <summary>A new, empty blob container for emails.</summary>
    protected abstract Task<IEmailStore> NewEmailsAsync();

    /// <summary>Everything the store holds that names the case (its id in any spelling, or its reference), as "where: value",
    /// leaving out the disposal record, which is there to say that this reference was destroyed.</summary>
    protected abstract Task<IReadOnlyList<string>> NamingAsync(Case subject);

    private DisposalRun Run(TStore store, IEmailStore emails) =>
        new(store, store, store, store, emails, store, Schedule, new AccessLogRetention(new RetentionPeriod(6, 0)), _time);

    private static async Task<Case> AddAsync(TStore store, Case subject)
    {
        await store.AddAsync(subject, SampleCases.Index(subject));
        return subject;
    }

    /// <summary>A closed complaint with everything that can name it: an email in blob storage, a linked message id, an intake
    /// claim, a prompt, a read, a conversation row, its people in the person index; and a compensation payment, so the money
    /// figures must stay right too.</summary>
    private static async Task<Case> FullCaseAsync(TStore store, IEmailStore emails, string intakeKey)
    {
        var subject = FigureSamples.Answered(FigureSamples.May1, new DateOnly(2026, 5, 15));
        Assert.True(subject.RecordPayment(new Payment(PaymentKind.Compensation, 158.50m, "Cost of passport", new DateOnly(2026, 5, 20), Stage: 1),
            "officer-1", SampleCases.Now).Succeeded);
        await store.ClaimIntakeAsync(intakeKey, subject.Id, SampleCases.Now);
        await store.AddAsync(subject, SampleCases.Index(subject) with { IntakeKey = intakeKey });
        await emails.PutAsync(subject.Id, $"{new string('a', 64)}.eml", "From: parent@example.org\r\n\r\nMy son"u8.ToArray());
        Assert.True((await store.KeepAsync(subject.Id, [$"<{subject.Id:N}@mail.example>"])).Succeeded);
        await store.TryAddPromptAsync(new PromptEntry($"{subject.Id}|stage1", subject.Id, subject.Reference, "manager-1", PromptState.Sent, null, null, 1, SampleCases.Now));
        await store.RecordAsync(new CaseRead(subject.Id, subject.Reference, "officer-1", SampleCases.Now, ReadChannel.Api, false));
        await store.SaveAsync("teams|manager-1", subject.Reference);
        return subject;
    }

    /// <summary>Every figure in the catalogue for the financial years 2025 to 2027, as an officer would see them.</summary>
    private static async Task<List<string>> EveryFigureAsync(IFigureFacts facts)
    {
        var figures = new List<string>();
        foreach (var year in new[] { 2025, 2026, 2027 })
            foreach (var definition in FigureCatalogue.All)
                figures.Add(JsonSerializer.Serialize(await definition.ComputeAsync(
                    new FigureRequest(ReportingPeriod.FinancialYear(year), null, CountingConventions.Default, null), facts, default)));
        return figures;
    }

    /// <summary>Figure by figure, so a failure shows the whole figure that changed.</summary>
    private static void AssertSame(List<string> before, List<string> after)
    {
        Assert.Equal(before.Count, after.Count);
        foreach (var (b, a) in before.Zip(after)) Assert.Equal(b, a);
    }

    [Fact]
    public async Task An_approved_due_case_goes_from_everywhere_while_every_figure_and_a_record_stay()
    {
        var store = await OpenAsync();
        var emails = await NewEmailsAsync();
        var subject = await FullCaseAsync(store, emails, "<intake-1@mail.example>");
        var kept = await AddAsync(store, FigureSamples.Compliment(ComplimentSource.ParentOrCarer));
        var figures = await EveryFigureAsync(store);
        Assert.Contains(figures, f => f.Contains("\"Population\":1,", StringComparison.Ordinal)); // the complaint is counted

        var listed = await Run(store, emails).RunAsync();
        var entry = Assert.Single(await store.ListDisposalsAsync());
        Assert.Equal((1, subject.Reference, DisposalState.OnNotice, new DateOnly(2027, 6, 1)), (listed.Listed, entry.Reference, entry.State, entry.DisposeOn));
        Assert.True(await store.ApproveDisposalAsync(subject.Id, new DisposalApproval("officer-1", _time.GetUtcNow())));
        Assert.False(await store.ApproveDisposalAsync(subject.Id, new DisposalApproval("officer-2", _time.GetUtcNow())));

        Assert.Equal(0, (await Run(store, emails).RunAsync()).Destroyed); // approved in advance, not yet due
        Assert.Equal("officer-1", Assert.Single(await store.ListDisposalsAsync()).Approval?.By); // the refresh kept the approval
        _time.Advance(TimeSpan.FromDays(23)); // 2 June 2027
        Assert.Equal(1, (await Run(store, emails).RunAsync()).Destroyed);

        Assert.Empty(await NamingAsync(subject));
        Assert.Empty(await emails.ListAsync(subject.Id));
        AssertSame(figures, await EveryFigureAsync(store));
        Assert.Equal([new DisposalRecord(subject.Reference, RecordClass.StatutoryComplaint, "statutory complaints: the last action + 1 year",
            new DateOnly(2027, 6, 2), "officer-1")], await store.ListDisposalRecordsAsync(new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31)));
        Assert.Empty(await store.ListDisposalRecordsAsync(new DateOnly(2027, 6, 3), new DateOnly(2027, 12, 31)));
        Assert.Empty(await store.ListDisposalsAsync());

        // What the kept facts must never be: a case in a list, a search, an export, or one the figures backfill would load.
        Assert.NotNull(await store.GetAsync(kept.Id));
        Assert.Equal([kept.Id], (await store.ListAsync(new CaseQuery(Take: 100))).Select(s => s.Id));
        Assert.Null(await store.FindByReferenceAsync(subject.Reference));
        Assert.Null(await store.FindByIntakeKeyAsync("<intake-1@mail.example>"));
        var exported = new List<Guid>();
        await foreach (var c in store.ExportAsync()) exported.Add(c.Id);
        Assert.Equal([kept.Id], exported);
        Assert.Empty(await store.CasesWithoutFactsAsync(100));

        // Its intake claim went with it: the same email sent again makes a new case.
        var again = Guid.NewGuid();
        Assert.Equal(new IntakeClaim(again, Granted: true), await store.ClaimIntakeAsync("<intake-1@mail.example>", again, _time.GetUtcNow()));
    }

    [Theory]
    [InlineData(HoldScope.Case)]
    [InlineData(HoldScope.Team)]
    [InlineData(HoldScope.Class)]
    public async Task A_hold_placed_even_after_approval_stops_destruction_until_lifted(HoldScope scope)
    {
        var store = await OpenAsync();
        var emails = await NewEmailsAsync();
        var subject = await FullCaseAsync(store, emails, "<intake-2@mail.example>");
        await Run(store, emails).RunAsync();
        Assert.True(await store.ApproveDisposalAsync(subject.Id, new DisposalApproval("officer-1", _time.GetUtcNow())));
        var target = scope switch { HoldScope.Case => subject.Id.ToString(), HoldScope.Team => subject.Team, _ => nameof(RecordClass.StatutoryComplaint) };
        var hold = new LegalHold(Guid.NewGuid(), scope, target, "Inquiry request", "officer-2", _time.GetUtcNow());
        await store.PlaceHoldAsync(hold);

        _time.Advance(TimeSpan.FromDays(60));
        Assert.Equal(0, (await Run(store, emails).RunAsync()).Destroyed);

        Assert.NotNull(await store.GetAsync(subject.Id));
        Assert.Single(await emails.ListAsync(subject.Id));
        var held = Assert.Single(await store.ListDisposalsAsync());
        Assert.Equal(DisposalState.Held, held.State);
        Assert.Equal([hold.InWords], held.HeldBecause);
        Assert.Equal("officer-1", held.Approval?.By);

        await store.LiftHoldAsync(hold.Id, new HoldLifted("officer-2", _time.GetUtcNow()));
        Assert.Equal(1, (await Run(store, emails).RunAsync()).Destroyed);
        Assert.Null(await store.GetAsync(subject.Id));
        Assert.NotNull(await store.GetHoldAsync(hold.Id)); // the record of the hold stays
    }

    [Fact]
    public async Task A_run_stopped_half_way_is_finished_by_the_next()
    {
        var store = await OpenAsync();
        var emails = new StopsOnce(await NewEmailsAsync());
        var subject = await FullCaseAsync(store, emails, "<intake-3@mail.example>");
        await Run(store, emails).RunAsync();
        await store.ApproveDisposalAsync(subject.Id, new DisposalApproval("officer-1", _time.GetUtcNow()));
        _time.Advance(TimeSpan.FromDays(60));
        var figures = await EveryFigureAsync(store);

        await Assert.ThrowsAsync<OperationCanceledException>(() => Run(store, emails).RunAsync());
        Assert.Null(await store.GetAsync(subject.Id)); // the store part was done, the emails not
        Assert.Single(await emails.ListAsync(subject.Id));

        var restarted = await OpenAsync();
        Assert.Equal(1, (await Run(restarted, emails).RunAsync()).Destroyed);
        Assert.Empty(await emails.ListAsync(subject.Id));
        Assert.Single(await restarted.ListDisposalRecordsAsync(DateOnly.MinValue, DateOnly.MaxValue));
        Assert.Empty(await NamingAsync(subject));
        AssertSame(figures, await EveryFigureAsync(restarted));
    }

    [Fact]
    public async Task Two_hosts_on_one_store_destroy_a_case_once()
    {
        var first = await OpenAsync();
        var second = await OpenAsync();
        var emails = await NewEmailsAsync();
        var subjects = new List<Case>();
        for (var i = 0; i < 5; i++) subjects.Add(await FullCaseAsync(first, emails, $"<intake-{i}@two.example>"));
        await Run(first, emails).RunAsync();
        foreach (var subject in subjects) await first.ApproveDisposalAsync(subject.Id, new DisposalApproval("officer-1", _time.GetUtcNow()));
        _time.Advance(TimeSpan.FromDays(60));
        var figures = await EveryFigureAsync(first);

        await Task.WhenAll(Run(first, emails).RunAsync(), Run(second, emails).RunAsync());

        Assert.Equal(subjects.Select(s => s.Reference).Order(StringComparer.Ordinal),
            (await first.ListDisposalRecordsAsync(DateOnly.MinValue, DateOnly.MaxValue)).Select(r => r.Reference));
        foreach (var subject in subjects) Assert.Empty(await NamingAsync(subject));
        AssertSame(figures, await EveryFigureAsync(second));
    }

    /// <summary>A host listing a case it read just before another host destroyed it: the case is not listed again.</summary>
    [Fact]
    public async Task A_case_noted_after_its_disposal_record_is_not_listed_again_and_the_record_is_written_once()
    {
        var store = await OpenAsync();
        var entry = new DisposalEntry(Guid.NewGuid(), "CC-2026-0042", RecordClass.StatutoryComplaint, "statutory complaints: the last action + 1 year",
            new DateOnly(2027, 6, 1), DisposalState.Due, []);
        await store.NoteDisposalAsync(entry);
        var record = new DisposalRecord(entry.Reference, entry.Class, entry.Rule, new DateOnly(2027, 6, 2), "officer-1");
        await store.RecordDisposalAsync(entry.CaseId, record);
        await store.RecordDisposalAsync(entry.CaseId, record with { DisposedOn = new DateOnly(2027, 6, 3), ApprovedBy = "officer-2" });

        await store.NoteDisposalAsync(entry);

        Assert.Empty(await store.ListDisposalsAsync());
        Assert.Equal([record], await store.ListDisposalRecordsAsync(DateOnly.MinValue, DateOnly.MaxValue));
    }

    [Fact]
    public async Task Access_log_reads_older_than_its_retention_are_pruned()
    {
        var store = await OpenAsync();
        var subject = Guid.NewGuid();
        await store.RecordAsync(new CaseRead(subject, "CC-2020-0001", "staff-1", new DateTimeOffset(2021, 5, 9, 23, 0, 0, TimeSpan.Zero), ReadChannel.Api, false));
        await store.RecordAsync(new CaseRead(subject, "CC-2020-0001", "staff-1", new DateTimeOffset(2021, 5, 10, 0, 0, 0, TimeSpan.Zero), ReadChannel.Api, false));

        Assert.Equal(1, (await Run(store, await NewEmailsAsync()).RunAsync()).ReadsPruned);
        Assert.Single(await store.ListForCaseAsync(subject, 0, 10));
    }

    /// <summary>The host stopping while a case's emails are being deleted: the first delete never happens.</summary>
    private sealed class StopsOnce(IEmailStore inner) : IEmailStore
    {
        private int _deletes;

        public Task PutAsync(Guid caseId, string name, ReadOnlyMemory<byte> email, CancellationToken cancellationToken = default) => inner.PutAsync(caseId, name, email, cancellationToken);
        public Task<IReadOnlyList<KeptEmail>> ListAsync(Guid caseId, CancellationToken cancellationToken = default) => inner.ListAsync(caseId, cancellationToken);
        public Task<byte[]?> ReadAsync(Guid caseId, string name, CancellationToken cancellationToken = default) => inner.ReadAsync(caseId, name, cancellationToken);

        public Task DeleteAllAsync(Guid caseId, CancellationToken cancellationToken = default) =>
            Interlocked.Increment(ref _deletes) == 1 ? throw new OperationCanceledException("The host stopped.") : inner.DeleteAllAsync(caseId, cancellationToken);
    }
}
