using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace ComplaintsAssistant.Store.Sqlite.Upgrading;

/// <summary>A file made before migrations (by <c>EnsureCreated</c>, with or without the <c>IntakeClaims</c> table
/// added later) has the baseline's tables but no migrations history. It is taken on in place, keeping every row:
/// whatever the baseline makes that the file lacks is made (the baseline's own SQL, with IF NOT EXISTS), and the
/// baseline is recorded as applied. One write transaction (BEGIN IMMEDIATE) does it all, so a second process opening
/// the same old file waits, then finds the history there and does nothing.</summary>
internal static partial class ReleasedFile
{
    public const string BaselineName = "Baseline";

    /// <summary>The tables and indexes made for a released file, or null when the file was not one (new, or migrated).</summary>
    public static IReadOnlyList<string>? TakeOn(CasesDbContext db)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        using var transaction = connection.BeginTransaction(deferred: false);
        var existing = SchemaObjects(connection, transaction);
        var history = db.GetService<IHistoryRepository>();
        if (existing.Contains(HistoryRepository.DefaultTableName) || !existing.Contains("Cases")) return null;

        var migrations = db.GetService<IMigrationsAssembly>();
        var baselineId = migrations.FindMigrationId(BaselineName)
            ?? throw new InvalidOperationException($"The {BaselineName} migration is missing from this build.");
        var baseline = migrations.CreateMigration(migrations.Migrations[baselineId], db.Database.ProviderName!);
        var made = baseline.UpOperations.Select(Name).OfType<string>().Where(name => !existing.Contains(name)).ToArray();
        var statements = db.GetService<IMigrationsSqlGenerator>().Generate(baseline.UpOperations)
            .Select(command => CreateStatement().Replace(command.CommandText, "$1 IF NOT EXISTS", 1))
            .Append(history.GetCreateIfNotExistsScript())
            .Append(history.GetInsertScript(new HistoryRow(baselineId, ProductInfo.GetVersion())));
        foreach (var sql in statements) Execute(connection, transaction, sql);
        transaction.Commit();
        return made;
    }

    private static string? Name(MigrationOperation operation) => operation switch
    {
        CreateTableOperation table => table.Name,
        CreateIndexOperation index => index.Name,
        _ => null,
    };

    private static HashSet<string> SchemaObjects(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT name FROM sqlite_master WHERE type IN ('table', 'index')";
        using var reader = command.ExecuteReader();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [GeneratedRegex(@"^\s*(CREATE (?:UNIQUE )?(?:TABLE|INDEX))(?! IF NOT EXISTS)")]
    private static partial Regex CreateStatement();
}
