using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Store.Tests.Contract;
using ComplaintsAssistant.Store.Tests.Documents;
using Microsoft.Data.Sqlite;

namespace ComplaintsAssistant.Store.Tests.Sqlite;

/// <summary>SQLite files as released code left them, before migrations: the schema its <c>EnsureCreated</c> made (a
/// committed fixture per release), holding the rich cases as version 1 documents in rows written the way EF Core wrote
/// them (Guids as upper-case text, days as yyyy-MM-dd, enums by name), plus a sequence, a conversation and, where the
/// release had claims, an intake claim.</summary>
internal static class ReleasedFiles
{
    /// <summary>The first release: EnsureCreated, no IntakeClaims table.</summary>
    public const string FirstRelease = "98070f1-first-release";

    /// <summary>The last release before migrations: IntakeClaims made by EnsureCreated or added at open.</summary>
    public const string WithIntakeClaims = "98bb395-intake-claims";

    public static void Create(string path, string release)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sqlite", "Released", release + ".sql")));
        foreach (var (name, make) in RichCases.All) Insert(connection, make(), V1Documents.Of(name));
        Execute(connection, "INSERT INTO Sequences (Name, Value) VALUES ('CC-2026', 101)");
        Execute(connection, "INSERT INTO Conversations (UserKey, Reference) VALUES ('user-1', '{\"serviceUrl\":\"https://smba.example/\"}')");
        if (release == WithIntakeClaims)
            Execute(connection, "INSERT INTO IntakeClaims (IntakeKey, CaseId, ClaimedAt) VALUES ('<in-flight@mail.example>', " +
                "'8F1C6C8E-6A55-4D0C-9F0E-1A7E2B3C4D09', '2026-09-01 09:30:00+00:00')");
    }

    /// <summary>What a process stopped while migrating leaves behind: EF Core's lock row, with the time it was taken
    /// (written as EF Core writes it).</summary>
    public static void LeaveMigrationLock(string path, string takenAt)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, """
            CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
            """);
        Execute(connection, $"INSERT INTO __EFMigrationsLock (Id, Timestamp) VALUES (1, '{takenAt}')");
    }

    /// <summary>Puts a case into the file's tables exactly as given, the way the released code wrote its rows.</summary>
    public static void PutCase(string path, Case subject, string document)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Insert(connection, subject, document);
    }

    private static void Insert(SqliteConnection connection, Case subject, string document)
    {
        var index = SampleCases.Index(subject);
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO Cases (Id, Reference, Kind, Status, IsOpen, Team, Owner, ReceivedOn, Stage, DueOn, IntakeKey, Version, Document)
            VALUES ($id, $reference, $kind, $status, $isOpen, $team, $owner, $receivedOn, $stage, $dueOn, $intakeKey, 1, $document)
            """;
        command.Parameters.AddWithValue("$id", Id(subject.Id));
        command.Parameters.AddWithValue("$reference", subject.Reference);
        command.Parameters.AddWithValue("$kind", index.Kind.ToString());
        command.Parameters.AddWithValue("$status", index.Status.ToString());
        command.Parameters.AddWithValue("$isOpen", index.Status.IsOpen() ? 1 : 0);
        command.Parameters.AddWithValue("$team", index.Team);
        command.Parameters.AddWithValue("$owner", (object?)index.Owner ?? DBNull.Value);
        command.Parameters.AddWithValue("$receivedOn", Day(index.ReceivedOn));
        command.Parameters.AddWithValue("$stage", index.Stage);
        command.Parameters.AddWithValue("$dueOn", index.DueOn is { } due ? Day(due) : DBNull.Value);
        command.Parameters.AddWithValue("$intakeKey", (object?)index.IntakeKey ?? DBNull.Value);
        command.Parameters.AddWithValue("$document", document);
        command.ExecuteNonQuery();

        foreach (var action in JsonNode.Parse(document)!["learningActions"]!.AsArray())
        {
            using var learning = connection.CreateCommand();
            learning.CommandText = """
                INSERT INTO LearningActions (CaseId, Number, CaseReference, Team, Department, Owner, Status, TargetDate, Document)
                VALUES ($caseId, $number, $reference, $team, $department, $owner, $status, $targetDate, $document)
                """;
            var status = action!["status"]!.GetValue<string>();
            learning.Parameters.AddWithValue("$caseId", Id(subject.Id));
            learning.Parameters.AddWithValue("$number", action["number"]!.GetValue<int>());
            learning.Parameters.AddWithValue("$reference", subject.Reference);
            learning.Parameters.AddWithValue("$team", subject.Team);
            learning.Parameters.AddWithValue("$department", action["department"]!.GetValue<string>());
            learning.Parameters.AddWithValue("$owner", action["owner"]!.GetValue<string>());
            learning.Parameters.AddWithValue("$status", char.ToUpperInvariant(status[0]) + status[1..]);
            learning.Parameters.AddWithValue("$targetDate", action["targetDate"]!.GetValue<string>());
            learning.Parameters.AddWithValue("$document", action.ToJsonString());
            learning.ExecuteNonQuery();
        }
    }

    private static string Id(Guid id) => id.ToString().ToUpperInvariant();

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The file's own tables and indexes as SQLite keeps their definitions (EF Core's bookkeeping left out).</summary>
    public static string Schema(string path) => Query(path,
        "SELECT group_concat(sql, ';' || char(10)) FROM (SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE '__EF%' ORDER BY name)");

    public static string[] AppliedMigrations(string path) =>
        Query(path, "SELECT group_concat(MigrationId, ' ') FROM (SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId)").Split(' ');

    public static string Query(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "";
    }
}
