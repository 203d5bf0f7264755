using ComplaintsAssistant.Core.AccessLog;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.EmailIntake.Keeping;
using ComplaintsAssistant.Core.Retention;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Emails;
using ComplaintsAssistant.Store.Sqlite;
using ComplaintsAssistant.Store.Tests.Contract;
using ComplaintsAssistant.Store.Tests.Emails;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAssistant.Store.Tests.Retention;

/// <summary>The disposal job on a real SQLite file and real blob storage (Azurite): what officers approve and is due and not
/// held is destroyed everywhere, the figures stay as they were, a record stays; holds stop it; a stopped run is finished by
/// the next; two hosts on one file destroy a case once.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SqliteDisposalTests(AzuriteServer azurite) : IDisposable
{
    // Statutory complaints kept a year from the last action (every sample's audit is at SampleCases.Now, 1 June 2026).
    private static readonly RetentionSchedule Schedule = RetentionSchedule.With(
        [new RetentionRule(RecordClass.StatutoryComplaint, new RetentionPeriod(1, 0), RetentionTrigger.LastAction)], noticeDays: 30).Value!;

    private readonly string _folder = Directory.CreateTempSubdirectory("ca-disposal-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 5, 10, 2, 0, 0, TimeSpan.Zero));
    private string DatabasePath => Path.Combine(_folder, "cases.db");

    private DisposalRun Run(SqliteCaseStore store, IEmailStore emails) =>
        new(store, store, store, store, emails, store, Schedule, new AccessLogRetention(new RetentionPeriod(6, 0)), _time);

    private static async Task<Case> AddAsync(SqliteCaseStore store, Case subject)
    {
        await store.AddAsync(subject, SampleCases.Index(subject));
        return subject;
    }

    /// <summary>A closed complaint with everything that can name it: an email in blob storage, a linked message id, an intake
    /// claim, a prompt, a read, a conversation row.</summary>
    private static async Task<Case> FullCaseAsync(SqliteCaseStore store, IEmailStore emails, string intakeKey)
    {
        var subject = FigureSamples.Answered(FigureSamples.May1, new DateOnly(2026, 5, 15));
        await store.ClaimIntakeAsync(intakeKey, subject.Id, SampleCases.Now);
        await AddAsync(store, subject);
        await emails.PutAsync(subject.Id, $"{new string('a', 64)}.eml", "From: parent@example.org\r\n\r\nMy son"u8.ToArray());
        Assert.True((await store.KeepAsync(subject.Id, [$"<{subject.Id:N}@mail.example>"])).Succeeded);
        await store.TryAddPromptAsync(new PromptEntry($"{subject.Id}|stage1", subject.Id, subject.Reference, "manager-1", PromptState.Sent, null, null, 1, SampleCases.Now));
        await store.RecordAsync(new CaseRead(subject.Id, subject.Reference, "officer-1", SampleCases.Now, ReadChannel.Api, false));
        await store.SaveAsync("teams|manager-1", subject.Reference);
        return subject;
    }

    [Fact]
    public async Task AnApprovedDueCaseGoesFromEveryTableAndBlobWhileFiguresAndARecordStay()
    {
        var store = SqliteCaseStore.Open(DatabasePath);
        var emails = new AzureEmailStore(await azurite.NewContainerAsync());
        var subject = await FullCaseAsync(store, emails, "<intake-1@mail.example>");
        var kept = await AddAsync(store, FigureSamples.Compliment(ComplimentSource.ParentOrCarer));
        var figures = FigureRows();

        var listed = await Run(store, emails).RunAsync();
        var entry = Assert.Single(await store.ListDisposalsAsync());
        Assert.Equal((1, subject.Reference, DisposalState.OnNotice, new DateOnly(2027, 6, 1)), (listed.Listed, entry.Reference, entry.State, entry.DisposeOn));
        Assert.True(await store.ApproveDisposalAsync(subject.Id, new DisposalApproval("officer-1", _time.GetUtcNow())));

        Assert.Equal(0, (await Run(store, emails).RunAsync()).Destroyed); // approved in advance, not yet due
        _time.Advance(TimeSpan.FromDays(23)); // 2 June 2027
        Assert.Equal(1, (await Run(store, emails).RunAsync()).Destroyed);

        Assert.Empty(Naming(subject));
        Assert.Empty(await emails.ListAsync(subject.Id));
        Assert.NotNull(await store.GetAsync(kept.Id));
        Assert.Equal(figures, FigureRows());
        Assert.Equal([new DisposalRecord(subject.Reference, RecordClass.StatutoryComplaint, "statutory complaints: the last action + 1 year",
            new DateOnly(2027, 6, 2), "officer-1")], await store.ListDisposalRecordsAsync(new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31)));
        Assert.Empty(await store.ListDisposalsAsync());
    }

    [Theory]
    [InlineData(HoldScope.Case)]
    [InlineData(HoldScope.Team)]
    [InlineData(HoldScope.Class)]
    public async Task AHoldPlacedEvenAfterApprovalStopsDestructionUntilLifted(HoldScope scope)
    {
        var store = SqliteCaseStore.Open(DatabasePath);
        var emails = new LocalEmailStore(Path.Combine(_folder, "emails"));
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

        await store.LiftHoldAsync(hold.Id, new HoldLifted("officer-2", _time.GetUtcNow()));
        Assert.Equal(1, (await Run(store, emails).RunAsync()).Destroyed);
        Assert.Null(await store.GetAsync(subject.Id));
    }

    [Fact]
    public async Task ARunStoppedHalfWayIsFinishedByTheNext()
    {
        var store = SqliteCaseStore.Open(DatabasePath);
        var emails = new StopsOnce(new AzureEmailStore(await azurite.NewContainerAsync()));
        var subject = await FullCaseAsync(store, emails, "<intake-3@mail.example>");
        await Run(store, emails).RunAsync();
        await store.ApproveDisposalAsync(subject.Id, new DisposalApproval("officer-1", _time.GetUtcNow()));
        _time.Advance(TimeSpan.FromDays(60));

        await Assert.ThrowsAsync<OperationCanceledException>(() => Run(store, emails).RunAsync());
        Assert.Null(await store.GetAsync(subject.Id)); // the store part was done, the emails not
        Assert.Single(await emails.ListAsync(subject.Id));

        var restarted = SqliteCaseStore.Open(DatabasePath);
        Assert.Equal(1, (await Run(restarted, emails).RunAsync()).Destroyed);
        Assert.Empty(await emails.ListAsync(subject.Id));
        Assert.Single(await restarted.ListDisposalRecordsAsync(DateOnly.MinValue, DateOnly.MaxValue));
        Assert.Empty(Naming(subject));
    }

    [Fact]
    public async Task TwoHostsOnOneFileDestroyACaseOnce()
    {
        var first = SqliteCaseStore.Open(DatabasePath);
        var second = SqliteCaseStore.Open(DatabasePath);
        var emails = new AzureEmailStore(await azurite.NewContainerAsync());
        var subjects = new List<Case>();
        for (var i = 0; i < 5; i++) subjects.Add(await FullCaseAsync(first, emails, $"<intake-{i}@two.example>"));
        await Run(first, emails).RunAsync();
        foreach (var subject in subjects) await first.ApproveDisposalAsync(subject.Id, new DisposalApproval("officer-1", _time.GetUtcNow()));
        _time.Advance(TimeSpan.FromDays(60));
        var figures = FigureRows();

        await Task.WhenAll(Run(first, emails).RunAsync(), Run(second, emails).RunAsync());

        Assert.Equal(subjects.Select(s => s.Reference).Order(),
            (await first.ListDisposalRecordsAsync(DateOnly.MinValue, DateOnly.MaxValue)).Select(r => r.Reference));
        foreach (var subject in subjects) Assert.Empty(Naming(subject));
        Assert.Equal(figures, FigureRows());
    }

    [Fact]
    public async Task AccessLogReadsOlderThanItsRetentionArePruned()
    {
        var store = SqliteCaseStore.Open(DatabasePath);
        var subject = Guid.NewGuid();
        await store.RecordAsync(new CaseRead(subject, "CC-2020-0001", "staff-1", new DateTimeOffset(2021, 5, 9, 23, 0, 0, TimeSpan.Zero), ReadChannel.Api, false));
        await store.RecordAsync(new CaseRead(subject, "CC-2020-0001", "staff-1", new DateTimeOffset(2021, 5, 10, 0, 0, 0, TimeSpan.Zero), ReadChannel.Api, false));

        Assert.Equal(1, (await Run(store, new LocalEmailStore(_folder)).RunAsync()).ReadsPruned);
        Assert.Single(await store.ListForCaseAsync(subject, 0, 10));
    }

    /// <summary>Every cell of every table that holds the case's id (any spelling) or reference: "table: value". The disposal
    /// record is left out: it is there to say that this reference was destroyed.</summary>
    private List<string> Naming(Case subject)
    {
        var needles = new[] { subject.Id.ToString(), subject.Id.ToString("N"), subject.Reference };
        var found = new List<string>();
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        foreach (var table in Tables(connection).Where(t => t != "DisposalRecords"))
            foreach (var row in Rows(connection, table))
                found.AddRange(row.Values.Where(v => needles.Any(n => v.Contains(n, StringComparison.OrdinalIgnoreCase))).Select(v => $"{table}: {v}"));
        return found;
    }

    /// <summary>Every figure table's rows without the case id they hang on: what every figure is counted from.</summary>
    private List<string> FigureRows()
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        return Tables(connection).Where(t => t.StartsWith("Figure", StringComparison.Ordinal))
            .SelectMany(t => Rows(connection, t).Select(r => t + ": " + string.Join("|", r.Where(c => c.Key != "CaseId").Select(c => $"{c.Key}={c.Value}"))))
            .Order(StringComparer.Ordinal).ToList();
    }

    private static List<string> Tables(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        using var reader = command.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read()) tables.Add(reader.GetString(0));
        return tables;
    }

    private static List<Dictionary<string, string>> Rows(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"";
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!));
        return rows;
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

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
