using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ComplaintsAssistant.Store.Sqlite;

/// <summary>Writes the rows a context has staged as new with one prepared INSERT per table, reused for every row of the
/// batch. <c>SaveChanges</c> prepares a statement for every row, and SQLite compiles the month-count triggers into each
/// one: that was most of an import's time (233 cases/s). Columns, conversions and parameter types come from the EF model,
/// so a table or column added to the model (a new fact) is written here too, exactly as <c>SaveChanges</c> would.</summary>
internal static class StagedInserts
{
    /// <summary>Inserts every staged row inside the caller's transaction. Rows that aren't plain inserts (an update, a key
    /// the database makes) go through <c>SaveChanges</c> as before.</summary>
    public static async Task WriteAsync(CasesDbContext db, CancellationToken cancellationToken)
    {
        var entries = db.ChangeTracker.Entries().ToArray();
        if (!entries.All(IsPlainInsert))
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Staged rows are written inside a transaction.");
        var commands = new Dictionary<IEntityType, (SqliteCommand Command, IProperty[] Columns)>();
        var cacheSize = await PragmaAsync(connection, transaction, "cache_size", cancellationToken);
        // A batch dirties more pages (random keys in every index) than SQLite's default 2 MB cache holds, and each spill
        // writes them to the WAL again. The cache is given back after the batch, so a pooled connection doesn't keep it.
        await PragmaAsync(connection, transaction, $"cache_size = {BatchCacheKib}", cancellationToken);
        try
        {
            foreach (var entry in entries)
            {
                if (!commands.TryGetValue(entry.Metadata, out var insert))
                    commands[entry.Metadata] = insert = Prepare(connection, transaction, entry.Metadata);
                insert.Command.Parameters.Clear();
                for (var i = 0; i < insert.Columns.Length; i++)
                    insert.Command.Parameters.Add(insert.Columns[i].GetRelationalTypeMapping()
                        .CreateParameter(insert.Command, $"$p{i}", entry.CurrentValues[insert.Columns[i]], insert.Columns[i].IsNullable));
                await insert.Command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            foreach (var (command, _) in commands.Values) await command.DisposeAsync();
            await PragmaAsync(connection, transaction, $"cache_size = {cacheSize}", CancellationToken.None);
        }
        db.ChangeTracker.Clear();
    }

    /// <summary>In KiB, as a negative cache_size says.</summary>
    private const int BatchCacheKib = -65_536;

    private static async Task<long> PragmaAsync(SqliteConnection connection, SqliteTransaction transaction, string pragma, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"PRAGMA {pragma}";
        return await command.ExecuteScalarAsync(cancellationToken) is long value ? value : 0;
    }

    private static bool IsPlainInsert(EntityEntry entry) =>
        entry.State == EntityState.Added && entry.Metadata.GetTableName() is not null
        && !entry.Metadata.GetProperties().Any(p => entry.Property(p.Name).IsTemporary);

    private static (SqliteCommand, IProperty[]) Prepare(SqliteConnection connection, SqliteTransaction transaction, IEntityType type)
    {
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = type.GetProperties().Where(p => p.GetColumnName(table) is not null).ToArray();
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.GetColumnName(table)}\""))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        return (command, columns);
    }
}
