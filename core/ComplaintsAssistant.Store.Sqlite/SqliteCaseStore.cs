using System.Runtime.CompilerServices;
using System.Text.Json;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.EmailIntake.Linking;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Sqlite.Upgrading;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintsAssistant.Store.Sqlite;

/// <summary>The embedded default store: one SQLite file, created on first use. Each case is a JSON
/// document plus indexed columns; learning actions and the figures' facts are projected into their own tables in the
/// same transaction. Concurrency: every write bumps <c>Version</c> and only succeeds against the version read.</summary>
public sealed partial class SqliteCaseStore : ICaseStore, ICaseArchive, IConversationStore, IEmailCaseLookup, ICaseMessageIds
{
    private readonly ContextPool _contexts;
    private readonly string _connectionString;

    private SqliteCaseStore(string connectionString) => (_contexts, _connectionString) = (new ContextPool(connectionString), connectionString);

    /// <summary>Opens the store in the file at <paramref name="path"/>, creating it if needed and bringing its schema up to
    /// date first (EF Core migrations; a file made before migrations is taken on in place, see <see cref="SchemaUpgrade"/>).
    /// Safe with several processes opening the same file at once. Throws, naming the file, if it can't be brought up to date.</summary>
    /// <param name="clock">Tells a migration lock left by a stopped process from a live one (<see cref="AbandonedLock"/>).</param>
    public static SqliteCaseStore Open(string path, ILogger? logger = null, TimeProvider? clock = null)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        var connection = new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 30, Pooling = true }.ToString();
        var store = new SqliteCaseStore(connection);
        SchemaUpgrade.Run(connection, store._contexts, path, clock ?? TimeProvider.System, logger ?? NullLogger.Instance);
        return store;
    }

    public async Task<int> NextSequenceAsync(string sequence, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        // One statement: atomic even with several processes sharing the file.
        var next = await db.Database.SqlQuery<int>(
            $"INSERT INTO Sequences (Name, Value) VALUES ({sequence}, 1) ON CONFLICT(Name) DO UPDATE SET Value = Value + 1 RETURNING Value AS Value")
            .ToListAsync(cancellationToken);
        return next[0];
    }

    /// <summary>One statement takes the whole block: atomic even with several processes sharing the file.</summary>
    public async Task<IReadOnlyList<int>> NextSequenceNumbersAsync(string sequence, int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        await using var db = _contexts.CreateDbContext();
        var last = (await db.Database.SqlQuery<int>(
            $"INSERT INTO Sequences (Name, Value) VALUES ({sequence}, {count}) ON CONFLICT(Name) DO UPDATE SET Value = Value + {count} RETURNING Value AS Value")
            .ToListAsync(cancellationToken))[0];
        return [.. Enumerable.Range(last - count + 1, count)];
    }

    /// <summary>The claim is a row keyed by the intake key; the first insert wins. The unique intake key on cases stays
    /// the last word: a writer whose claim was taken over and who adds after all gets the case that is there.</summary>
    public async Task<IntakeClaim> ClaimIntakeAsync(string intakeKey, Guid caseId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        // Cases logged before claims were kept, or imported, have no claim: the case itself answers.
        if (await LoggedForAsync(db, intakeKey, cancellationToken) is { } logged) return new IntakeClaim(logged, Granted: false);

        db.IntakeClaims.Add(new IntakeClaimRow { IntakeKey = intakeKey, CaseId = caseId, ClaimedAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new IntakeClaim(caseId, Granted: true);
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
        }

        var claim = await db.IntakeClaims.AsNoTracking().SingleAsync(c => c.IntakeKey == intakeKey, cancellationToken);
        if (claim.ClaimedAt + IntakeClaim.AbandonedAfter > now || await LoggedForAsync(db, intakeKey, cancellationToken) is not null)
            return new IntakeClaim(claim.CaseId, Granted: false);
        // Its writer stopped before adding the case: take the claim over, unless someone else just did.
        var taken = await db.IntakeClaims
            .Where(c => c.IntakeKey == intakeKey && c.CaseId == claim.CaseId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.CaseId, caseId).SetProperty(c => c.ClaimedAt, now), cancellationToken);
        return taken == 1 ? new IntakeClaim(caseId, Granted: true) : new IntakeClaim(claim.CaseId, Granted: false);
    }

    public async Task<AddResult> AddAsync(Case newCase, CaseIndex index, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        await StageNewAsync(db, newCase, index, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new AddResult(new Versioned<Case>(newCase, "1"), Created: true);
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e) && index.IntakeKey is not null)
        {
            // Another writer logged the same source first: theirs is the case.
            var existing = await FindByIntakeKeyAsync(index.IntakeKey, cancellationToken);
            if (existing is null) throw;
            return new AddResult(existing, Created: false);
        }
    }

    /// <summary>Every case in one transaction. If one's intake key was taken meanwhile (another import of the same file),
    /// nothing of the batch is written and the cases are added one by one, the one already there kept.</summary>
    public async Task<IReadOnlyList<AddResult>> AddManyAsync(IReadOnlyList<(Case Case, CaseIndex Index)> newCases, CancellationToken cancellationToken = default)
    {
        if (await TryAddAllAsync(newCases, cancellationToken))
            return [.. newCases.Select(n => new AddResult(new Versioned<Case>(n.Case, "1"), Created: true))];
        var added = new List<AddResult>(newCases.Count);
        foreach (var (newCase, index) in newCases) added.Add(await AddAsync(newCase, index, cancellationToken));
        return added;
    }

    private async Task<bool> TryAddAllAsync(IReadOnlyList<(Case Case, CaseIndex Index)> newCases, CancellationToken cancellationToken)
    {
        await using var db = _contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (newCase, index) in newCases) await StageNewAsync(db, newCase, index, cancellationToken);
        try
        {
            await StagedInserts.WriteAsync(db, cancellationToken);
        }
        catch (Exception e) when (IsUniqueViolation(e))
        {
            return false; // rolled back as the transaction is disposed: none of the batch is written
        }
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>A new case's rows (the case, its learning actions, its facts), for the caller's save.</summary>
    private static async Task StageNewAsync(CasesDbContext db, Case newCase, CaseIndex index, CancellationToken cancellationToken)
    {
        var row = new CaseRow { Id = newCase.Id, Version = 1 };
        Fill(row, newCase, index);
        db.Cases.Add(row);
        db.LearningActions.AddRange(LearningRows(newCase));
        db.PersonKeys.AddRange(PersonRows(newCase));
        await WriteFactsAsync(db, newCase.Id, index.Facts, replacing: false, cancellationToken);
    }

    public Task<Versioned<Case>?> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        FindOneAsync(c => c.Id == id, cancellationToken);

    public Task<Versioned<Case>?> FindByReferenceAsync(string reference, CancellationToken cancellationToken = default) =>
        FindOneAsync(c => c.Reference == reference, cancellationToken);

    public async Task<Versioned<Case>?> FindByIntakeKeyAsync(string intakeKey, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        return Versioned(await ByIntakeKey(db, intakeKey, cancellationToken));
    }

    /// <summary>Compiled once: an import looks up every record of its file by its old reference, and translating the
    /// query each time cost as much as running it.</summary>
    private static readonly Func<CasesDbContext, string, CancellationToken, Task<KeyValuePair<string, long>?>> ByIntakeKey =
        EF.CompileAsyncQuery((CasesDbContext db, string intakeKey, CancellationToken _) => db.Cases.AsNoTracking()
            .Where(c => c.IntakeKey == intakeKey).Select(c => (KeyValuePair<string, long>?)new KeyValuePair<string, long>(c.Document, c.Version)).FirstOrDefault());

    public async Task<Result<string>> UpdateAsync(Case changed, CaseIndex index, string expectedVersion, CancellationToken cancellationToken = default)
    {
        if (!long.TryParse(expectedVersion, out var expected))
            return DomainError.Conflict($"{changed.Reference} has changed since you read it: reload it and try again.");

        await using var db = _contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var probe = new CaseRow();
        Fill(probe, changed, index);
        var written = await db.Cases
            .Where(c => c.Id == changed.Id && c.Version == expected)
            .ExecuteUpdateAsync(set => set
                .SetProperty(c => c.Status, probe.Status)
                .SetProperty(c => c.IsOpen, probe.IsOpen)
                .SetProperty(c => c.Team, probe.Team)
                .SetProperty(c => c.Owner, probe.Owner)
                .SetProperty(c => c.Stage, probe.Stage)
                .SetProperty(c => c.DueOn, probe.DueOn)
                .SetProperty(c => c.PromptOn, probe.PromptOn)
                .SetProperty(c => c.Document, probe.Document)
                .SetProperty(c => c.Version, expected + 1), cancellationToken);
        if (written == 0)
            return DomainError.Conflict($"{changed.Reference} has changed since you read it: reload it and try again.");

        await db.LearningActions.Where(l => l.CaseId == changed.Id).ExecuteDeleteAsync(cancellationToken);
        db.LearningActions.AddRange(LearningRows(changed));
        await ReplacePeopleAsync(db, changed, cancellationToken);
        await WriteFactsAsync(db, changed.Id, index.Facts, replacing: true, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (expected + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<CaseSummary>> ListAsync(CaseQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        var rows = db.Cases.AsNoTracking().AsQueryable();
        if (query.Kind is { } kind) rows = rows.Where(c => c.Kind == kind);
        if (query.Status is { } status) rows = rows.Where(c => c.Status == status);
        if (query.OpenOnly) rows = rows.Where(c => c.IsOpen);
        if (query.Owner is { } owner) rows = rows.Where(c => c.Owner == owner);
        if (query.Teams is { } teams) rows = rows.Where(c => teams.Contains(c.Team));
        if (query.ReceivedFrom is { } from) rows = rows.Where(c => c.ReceivedOn >= from);
        if (query.ReceivedTo is { } to) rows = rows.Where(c => c.ReceivedOn <= to);
        if (query.DueOnOrBefore is { } due) rows = rows.Where(c => c.DueOn != null && c.DueOn <= due);
        return await rows
            .OrderBy(c => c.DueOn == null).ThenBy(c => c.DueOn).ThenBy(c => c.Reference)
            .Skip(query.Skip).Take(query.Take)
            .Select(c => new CaseSummary(c.Id, c.Reference, c.Kind, c.Status, c.Team, c.Owner, c.ReceivedOn, c.Stage, c.DueOn, c.PromptOn))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<LearningActionEntry>> ListLearningActionsAsync(LearningQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        var rows = LearningRows(db, query).AsNoTracking();
        if (query.OpenOnly) rows = rows.Where(l => l.Status == Core.Learning.LearningStatus.Open || l.Status == Core.Learning.LearningStatus.InProgress);
        if (query.Teams is { } teams) rows = rows.Where(l => teams.Contains(l.Team));
        if (query.Department is { } department) rows = rows.Where(l => l.Department == department);
        if (query.Owner is { } owner) rows = rows.Where(l => l.Owner == owner);
        var found = await rows.OrderBy(l => l.TargetDate).ThenBy(l => l.CaseReference).ThenBy(l => l.Number).Take(query.Take).ToListAsync(cancellationToken);
        return found.Select(l => new LearningActionEntry(l.CaseId, l.CaseReference, l.Team,
            JsonSerializer.Deserialize<Core.Learning.LearningAction>(l.Document, CaseJson.Options)!)).ToArray();
    }

    /// <summary>The actions a period asks for, read from the stored action (its completion date is not a column).</summary>
    private static IQueryable<LearningActionRow> LearningRows(CasesDbContext db, LearningQuery query)
    {
        static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (query.PlanFor is { } year)
            return db.LearningActions.FromSql($"""
                SELECT * FROM LearningActions WHERE TargetDate <= {Day(year.To)} AND (TargetDate >= {Day(year.From)}
                  OR (Status <> 'Cancelled' AND COALESCE(json_extract(Document, '$.completedOn'), '9999-12-31') >= {Day(year.From)}))
                """);
        if (query.CompletedIn is { } period)
            return db.LearningActions.FromSql($"""
                SELECT * FROM LearningActions WHERE Status = 'Completed'
                  AND json_extract(Document, '$.completedOn') BETWEEN {Day(period.From)} AND {Day(period.To)}
                """);
        return db.LearningActions;
    }

    public async IAsyncEnumerable<Case> ExportAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        await foreach (var row in db.Cases.AsNoTracking().OrderBy(c => c.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return CaseJson.Deserialize(row.Document);
    }

    public async IAsyncEnumerable<KeyValuePair<string, int>> ExportSequencesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        await foreach (var row in db.Sequences.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return new(row.Name, row.Value);
    }

    public async Task ImportAsync(Case imported, CaseIndex index, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = await db.Cases.FirstOrDefaultAsync(c => c.Id == imported.Id, cancellationToken);
        if (row is null) db.Cases.Add(row = new CaseRow { Id = imported.Id, Version = 1 });
        else row.Version++;
        Fill(row, imported, index);
        await db.LearningActions.Where(l => l.CaseId == imported.Id).ExecuteDeleteAsync(cancellationToken);
        db.LearningActions.AddRange(LearningRows(imported));
        await ReplacePeopleAsync(db, imported, cancellationToken);
        await WriteFactsAsync(db, imported.Id, index.Facts, replacing: true, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task RaiseSequenceAsync(string sequence, int value, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO Sequences (Name, Value) VALUES ({sequence}, {value}) ON CONFLICT(Name) DO UPDATE SET Value = MAX(Value, excluded.Value)",
            cancellationToken);
    }

    private async Task<Versioned<Case>?> FindOneAsync(System.Linq.Expressions.Expression<Func<CaseRow, bool>> match, CancellationToken cancellationToken)
    {
        await using var db = _contexts.CreateDbContext();
        return Versioned(await db.Cases.AsNoTracking().Where(match)
            .Select(c => (KeyValuePair<string, long>?)new KeyValuePair<string, long>(c.Document, c.Version)).FirstOrDefaultAsync(cancellationToken));
    }

    private static Versioned<Case>? Versioned(KeyValuePair<string, long>? row) => row is not { } found ? null
        : new Versioned<Case>(CaseJson.Deserialize(found.Key), found.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static Task<Guid?> LoggedForAsync(CasesDbContext db, string intakeKey, CancellationToken cancellationToken) =>
        db.Cases.AsNoTracking().Where(c => c.IntakeKey == intakeKey).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);

    private static void Fill(CaseRow row, Case subject, CaseIndex index)
    {
        row.Reference = subject.Reference;
        row.Kind = index.Kind;
        row.Status = index.Status;
        row.IsOpen = index.Status.IsOpen();
        row.Team = index.Team;
        row.Owner = index.Owner;
        row.ReceivedOn = index.ReceivedOn;
        row.Stage = index.Stage;
        row.DueOn = index.DueOn;
        row.PromptOn = index.PromptOn;
        row.IntakeKey = index.IntakeKey;
        row.Document = CaseJson.Serialize(subject);
    }

    private static IEnumerable<LearningActionRow> LearningRows(Case subject) => subject.LearningActions.Select(a => new LearningActionRow
    {
        CaseId = subject.Id,
        Number = a.Number,
        CaseReference = subject.Reference,
        Team = subject.Team,
        Department = a.Department,
        Owner = a.Owner,
        Status = a.Status,
        TargetDate = a.TargetDate,
        Document = JsonSerializer.Serialize(a, CaseJson.Options),
    });

    /// <summary>A key already taken (SQLITE_CONSTRAINT_UNIQUE or _PRIMARYKEY); not any other refusal, which no retry mends.</summary>
    private static bool IsUniqueViolation(Exception e) =>
        (e as SqliteException ?? e.InnerException as SqliteException) is { SqliteExtendedErrorCode: 2067 or 1555 };
}
