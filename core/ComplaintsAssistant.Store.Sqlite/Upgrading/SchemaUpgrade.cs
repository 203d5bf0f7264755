using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ComplaintsAssistant.Store.Sqlite.Upgrading;

/// <summary>Brings a file's schema up to date when the store opens: a file made before migrations is taken on first
/// (<see cref="ReleasedFile"/>), then EF Core applies whatever migrations the file lacks. Several processes may open
/// one file at once: taking a released file on happens in one SQLite write transaction, and EF Core (9 and later)
/// holds its migration lock (a row in <c>__EFMigrationsLock</c>) while it migrates, so each step happens once. A file
/// with nothing to migrate (<see cref="CurrentHistory"/>) never takes that lock, and one left by a stopped process is cleared (<see cref="AbandonedLock"/>).</summary>
internal static partial class SchemaUpgrade
{
    public static void Run(string connectionString, ContextPool contexts, string path, TimeProvider clock, ILogger logger)
    {
        try
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            // The common case, every start after the first: one read of the history, no lock, no write, no EF Core.
            if (CurrentHistory.Latest(connection) is { } current) LogUpToDate(logger, path, current);
            else Upgrade(contexts, path, clock, logger);
            // WAL lets lists and the scheduler read while a case is being written.
            using var wal = connection.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            wal.ExecuteNonQuery();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, path, e);
            throw new InvalidOperationException($"The case store file {Path.GetFullPath(path)} could not be opened and brought up to date: {e.Message}", e);
        }
    }

    private static void Upgrade(ContextPool contexts, string path, TimeProvider clock, ILogger logger)
    {
        using var db = contexts.CreateDbContext();
        db.Database.OpenConnection();
        try
        {
            BringUpToDate(db, path, clock, logger);
        }
        finally
        {
            db.Database.CloseConnection();
        }
    }

    private static void BringUpToDate(CasesDbContext db, string path, TimeProvider clock, ILogger logger)
    {
        if (ReleasedFile.TakeOn(db) is { } created)
            LogTakenOn(logger, path, created.Count == 0 ? "nothing" : string.Join(", ", created));
        var before = db.Database.GetAppliedMigrations().ToHashSet();
        // Migrating takes EF Core's lock even when nothing is pending: an up-to-date file never waits on it.
        if (db.Database.GetPendingMigrations().Any())
        {
            if (AbandonedLock.Clear(db, clock.GetUtcNow()) is { } takenAt) LogLockCleared(logger, path, takenAt);
            db.Database.Migrate();
        }
        var applied = db.Database.GetAppliedMigrations().ToArray();
        var added = applied.Where(m => !before.Contains(m)).ToArray();
        if (added.Length > 0) LogMigrated(logger, path, string.Join(", ", added));
        else LogUpToDate(logger, path, applied.LastOrDefault() ?? "none");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Case store {File}: made before migrations, taken on in place (created: {Created})")]
    private static partial void LogTakenOn(ILogger logger, string file, string created);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case store {File}: migrations applied: {Migrations}")]
    private static partial void LogMigrated(ILogger logger, string file, string migrations);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case store {File}: schema up to date ({Latest})")]
    private static partial void LogUpToDate(ILogger logger, string file, string latest);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case store {File}: cleared a migration lock taken at {TakenAt:u} by a process that stopped while migrating")]
    private static partial void LogLockCleared(ILogger logger, string file, DateTimeOffset takenAt);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Case store {File} could not be opened and brought up to date")]
    private static partial void LogFailed(ILogger logger, string file, Exception exception);
}
