using Microsoft.Data.Sqlite;

namespace ComplaintsAssistant.Store.Sqlite.Upgrading;

/// <summary>Whether a file already has every migration of this build, from one read of its history on a plain
/// connection. Asking EF Core (applied and pending migrations) builds its history model, reads the history twice and
/// starts a write transaction for <see cref="ReleasedFile"/>: most of a start's store time, on every start, for a file
/// that is nearly always current.</summary>
internal static class CurrentHistory
{
    /// <summary>EF Core's history table (<c>HistoryRepository.DefaultTableName</c>, not named from there so this check
    /// doesn't load EF Core).</summary>
    private const string Table = "__EFMigrationsHistory";

    /// <summary>The file's latest migration when it has all of this build's (a file from a later build may have more),
    /// or null when there is something to do or to check: no history, or a migration missing.</summary>
    public static string? Latest(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @history";
        command.Parameters.AddWithValue("@history", Table);
        if (command.ExecuteScalar() is 0L) return null;

        command.CommandText = $"SELECT MigrationId FROM \"{Table}\" ORDER BY MigrationId";
        var applied = new List<string>();
        using (var reader = command.ExecuteReader())
            while (reader.Read()) applied.Add(reader.GetString(0));
        return applied.Count > 0 && BuiltMigrations.Ids.All(new HashSet<string>(applied).Contains) ? applied[^1] : null;
    }
}
