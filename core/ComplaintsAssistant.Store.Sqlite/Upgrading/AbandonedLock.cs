using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsAssistant.Store.Sqlite.Upgrading;

/// <summary>EF Core's migration lock on SQLite is a row in <c>__EFMigrationsLock</c>, deleted by the process that took it
/// when it finishes. A process stopped mid-migration (killed, the machine restarted) leaves the row behind, and EF Core
/// then waits for ever. Our migrations take well under a second on a council's file, so a lock older than
/// <see cref="After"/> has no live owner: it is cleared, in a write transaction, before migrating.</summary>
internal static class AbandonedLock
{
    public static readonly TimeSpan After = TimeSpan.FromMinutes(10);

    /// <summary>When the cleared lock was taken, or null when there was none to clear.</summary>
    public static DateTimeOffset? Clear(CasesDbContext db, DateTimeOffset now)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        using var transaction = connection.BeginTransaction(deferred: false);
        if (Scalar(connection, transaction, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'") is 0L
            || Scalar(connection, transaction, "SELECT Timestamp FROM __EFMigrationsLock") is not string stamp
            || !DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var takenAt)
            || now - takenAt < After)
            return null;
        Scalar(connection, transaction, "DELETE FROM __EFMigrationsLock");
        transaction.Commit();
        return takenAt;
    }

    private static object? Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
