using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Sqlite;
using ComplaintsAssistant.Store.Tests.Contract;
using ComplaintsAssistant.Store.Tests.Documents;
using ComplaintsAssistant.Store.Tests.Logging;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAssistant.Store.Tests.Sqlite;

/// <summary>Files in the field upgrade in place: a file made by a release before migrations is taken on keeping every
/// row, a new file is made by the migrations, and both end with the same schema; several processes may open one file
/// at once.</summary>
public sealed class SqliteMigrationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-migrations-").FullName;

    private string NewPath(string name) => Path.Combine(_folder, name + ".db");

    /// <summary>A file as <paramref name="release"/> left it, with the rich cases in it.</summary>
    private string Released(string release)
    {
        var path = NewPath(release);
        ReleasedFiles.Create(path, release);
        return path;
    }

    public static TheoryData<string> Releases => [ReleasedFiles.FirstRelease, ReleasedFiles.WithIntakeClaims];

    [Theory]
    [MemberData(nameof(Releases))]
    public async Task AFileMadeBeforeMigrationsIsTakenOnInPlaceKeepingEveryRow(string release)
    {
        var path = Released(release);

        var store = SqliteCaseStore.Open(path);

        foreach (var (name, make) in RichCases.All)
        {
            var read = await store.GetAsync(make().Id);
            Assert.NotNull(read);
            Assert.Equal(SampleCases.Json(make()), SampleCases.Json(read.Value));
            Assert.Equal("1", read.Version);
        }
        var statutory = RichCases.StatutoryComplaint();
        Assert.Equal(statutory.Id, (await store.FindByIntakeKeyAsync("<rich-statutory@mail.example>"))!.Value.Id);
        Assert.Equal(statutory.Id, (await store.FindByReferenceAsync("CC-2026-0101"))!.Value.Id);
        Assert.Equal(["Calls unanswered", "Contact plans unclear"], (await store.ListLearningActionsAsync(new LearningQuery())).Select(e => e.Action.Issue));
        Assert.Equal(2, (await store.ListAsync(new CaseQuery(OpenOnly: true))).Count);
        Assert.Equal(102, await store.NextSequenceAsync("CC-2026"));
        Assert.Equal("{\"serviceUrl\":\"https://smba.example/\"}", await store.GetAsync("user-1"));
        Assert.Equal(new IntakeClaim(statutory.Id, Granted: false), await store.ClaimIntakeAsync("<rich-statutory@mail.example>", Guid.NewGuid(), SampleCases.Now));
        var fresh = Guid.NewGuid();
        Assert.Equal(new IntakeClaim(fresh, Granted: true), await store.ClaimIntakeAsync("<new@mail.example>", fresh, SampleCases.Now));
        if (release == ReleasedFiles.WithIntakeClaims)
            Assert.False((await store.ClaimIntakeAsync("<in-flight@mail.example>", Guid.NewGuid(), new DateTimeOffset(2026, 9, 1, 9, 31, 0, TimeSpan.Zero))).Granted);
    }

    [Theory]
    [MemberData(nameof(Releases))]
    public async Task ACaseReadFromATakenOnFileIsWrittenBackAtTheCurrentDocumentVersion(string release)
    {
        var path = Released(release);
        var store = SqliteCaseStore.Open(path);

        var read = (await store.GetAsync(RichCases.StatutoryComplaint().Id))!;
        Assert.True(read.Value.Reassign("investigator-2", "officer-1", SampleCases.Now).Succeeded);
        var saved = await store.UpdateAsync(read.Value, SampleCases.Index(read.Value), read.Version);

        Assert.Equal("2", saved.Value);
        Assert.Equal("investigator-2", (await store.GetAsync(read.Value.Id))!.Value.Owner);
        Assert.Equal(CaseJson.CurrentVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ReleasedFiles.Query(path, "SELECT json_extract(Document, '$.schemaVersion') FROM Cases WHERE Reference = 'CC-2026-0101'"));
        Assert.Equal(["investigator-2"], (await store.ListAsync(new CaseQuery(Owner: "investigator-2"))).Select(c => c.Owner));
    }

    [Theory]
    [MemberData(nameof(Releases))]
    public void ATakenOnFileHasExactlyTheSchemaOfANewFileAndEveryMigrationRecordedOnce(string release)
    {
        var old = Released(release);
        var made = NewPath("new");

        SqliteCaseStore.Open(old);
        SqliteCaseStore.Open(made);
        SqliteCaseStore.Open(old); // opening it again changes nothing

        Assert.Equal(ReleasedFiles.Schema(made), ReleasedFiles.Schema(old));
        Assert.Equal(ReleasedFiles.AppliedMigrations(made), ReleasedFiles.AppliedMigrations(old));
        Assert.StartsWith("IntakeKey TEXT 1 1, CaseId TEXT 1 0, ClaimedAt TEXT 1 0", ReleasedFiles.Query(old,
            "SELECT group_concat(name || ' ' || type || ' ' || \"notnull\" || ' ' || pk, ', ') FROM pragma_table_info('IntakeClaims')"));
        Assert.Equal("0", ReleasedFiles.Query(old, "SELECT COUNT(*) FROM __EFMigrationsLock"));
        Assert.Equal("wal", ReleasedFiles.Query(made, "PRAGMA journal_mode"));
    }

    [Fact]
    public void TakingOnAReleasedFileIsLoggedSayingWhatWasMadeAndNothingAboutAnyCase()
    {
        var first = Released(ReleasedFiles.FirstRelease);
        var withClaims = Released(ReleasedFiles.WithIntakeClaims);
        var made = NewPath("new");
        var log = new ListLogger<SqliteCaseStore>();

        SqliteCaseStore.Open(first, log);
        SqliteCaseStore.Open(withClaims, log);
        SqliteCaseStore.Open(made, log);
        SqliteCaseStore.Open(made, log);

        var messages = log.Entries.Select(e => e.Message).ToArray();
        Assert.Contains($"Case store {first}: made before migrations, taken on in place (created: IntakeClaims)", messages);
        Assert.Contains($"Case store {withClaims}: made before migrations, taken on in place (created: nothing)", messages);
        Assert.Contains(messages, m => m.StartsWith($"Case store {made}: migrations applied: ", StringComparison.Ordinal) && m.Contains("_Baseline"));
        Assert.Contains(messages, m => m.StartsWith($"Case store {made}: schema up to date (", StringComparison.Ordinal));
        Assert.All(log.Entries, e => Assert.Equal(LogLevel.Information, e.Level));
        Assert.DoesNotContain(messages, m => m.Contains("Young Person") || m.Contains("CC-2026") || m.Contains("mail.example"));
    }

    public static TheoryData<string?> NewOrReleased => [null, ReleasedFiles.FirstRelease, ReleasedFiles.WithIntakeClaims];

    /// <summary>Two hosts on one file (issue 17) start together: each opening waits for the other's upgrade, none fails,
    /// and every step happens once.</summary>
    [Theory]
    [MemberData(nameof(NewOrReleased))]
    public async Task SeveralProcessesOpeningOneFileAtOnceUpgradeItOnce(string? release)
    {
        var path = release is null ? NewPath("new") : Released(release);
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var opening = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            await go.Task;
            return SqliteCaseStore.Open(path);
        })).ToArray();
        go.SetResult();
        var stores = await Task.WhenAll(opening);

        var reference = NewPath("reference");
        SqliteCaseStore.Open(reference);
        Assert.Equal(ReleasedFiles.AppliedMigrations(reference), ReleasedFiles.AppliedMigrations(path));
        Assert.Equal(ReleasedFiles.Schema(reference), ReleasedFiles.Schema(path));
        Assert.Equal(release is null ? 0 : RichCases.All.Count, (await stores[3].ListAsync(new CaseQuery())).Count);
        var logged = SampleCases.Statutory();
        await stores[0].AddAsync(logged, SampleCases.Index(logged));
        Assert.Equal(logged.Id, (await stores[2].GetAsync(logged.Id))!.Value.Id);
    }

    /// <summary>EF Core would wait for ever on a lock whose owner is gone; the guard fails the test instead of hanging.</summary>
    [Fact]
    public async Task ALockLeftByAProcessThatStoppedWhileMigratingIsClearedAndTheFileUpgraded()
    {
        var path = Released(ReleasedFiles.FirstRelease);
        ReleasedFiles.LeaveMigrationLock(path, "2026-09-01 09:00:00.1234567+00:00");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 9, 1, 9, 10, 1, TimeSpan.Zero));
        var log = new ListLogger<SqliteCaseStore>();

        var store = await Task.Run(() => SqliteCaseStore.Open(path, log, clock)).WaitAsync(TimeSpan.FromMinutes(2));

        var reference = NewPath("reference");
        SqliteCaseStore.Open(reference);
        Assert.Equal(ReleasedFiles.AppliedMigrations(reference), ReleasedFiles.AppliedMigrations(path));
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Warning
            && e.Message == $"Case store {path}: cleared a migration lock taken at 2026-09-01 09:00:00Z by a process that stopped while migrating");
        Assert.Equal(RichCases.All.Count, (await store.ListAsync(new CaseQuery())).Count);
    }

    [Fact]
    public async Task AFileWithNothingToMigrateOpensWithoutWaitingOnAnyLockLeftInIt()
    {
        var path = NewPath("up-to-date");
        SqliteCaseStore.Open(path);
        ReleasedFiles.LeaveMigrationLock(path, "2026-09-01 09:09:00+00:00");
        var log = new ListLogger<SqliteCaseStore>();

        await Task.Run(() => SqliteCaseStore.Open(path, log, new FakeTimeProvider(new DateTimeOffset(2026, 9, 1, 9, 10, 0, TimeSpan.Zero))))
            .WaitAsync(TimeSpan.FromMinutes(2));

        Assert.DoesNotContain(log.Entries, e => e.Level != LogLevel.Information);
        Assert.Equal("1", ReleasedFiles.Query(path, "SELECT COUNT(*) FROM __EFMigrationsLock"));
    }

    [Fact]
    public void AFileThatCannotBeBroughtUpToDateStopsTheStoreNamingTheFile()
    {
        var path = NewPath("not-a-database");
        File.WriteAllText(path, "These are the minutes of the panel meeting, not a database. ".PadRight(4096, '.'));
        var log = new ListLogger<SqliteCaseStore>();

        var refused = Assert.Throws<InvalidOperationException>(() => SqliteCaseStore.Open(path, log));

        Assert.StartsWith($"The case store file {path} could not be opened and brought up to date: ", refused.Message);
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Critical && e.Message.Contains(path, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
