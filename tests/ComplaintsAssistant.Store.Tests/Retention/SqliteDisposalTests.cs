using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.EmailIntake.Keeping;
using ComplaintsAssistant.Store.Emails;
using ComplaintsAssistant.Store.Sqlite;
using ComplaintsAssistant.Store.Tests.Contract;
using ComplaintsAssistant.Store.Tests.Emails;
using Microsoft.Data.Sqlite;

namespace ComplaintsAssistant.Store.Tests.Retention;

/// <summary>The disposal contract on a real SQLite file (opened again for a second host or a restart) and Azurite; every
/// cell of every table is searched for what names a destroyed case.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SqliteDisposalTests(AzuriteServer azurite) : DisposalContract<SqliteCaseStore>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-disposal-").FullName;
    private string DatabasePath => Path.Combine(_folder, "cases.db");

    protected override Task<SqliteCaseStore> OpenAsync() => Task.FromResult(SqliteCaseStore.Open(DatabasePath));

    protected override async Task<IEmailStore> NewEmailsAsync() => new AzureEmailStore(await azurite.NewContainerAsync());

    /// <summary>Every cell of every table that holds the case's id (any spelling) or reference: "table: value".</summary>
    protected override Task<IReadOnlyList<string>> NamingAsync(Case subject)
    {
        var needles = new[] { subject.Id.ToString(), subject.Id.ToString("N"), subject.Reference };
        var found = new List<string>();
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        foreach (var table in Tables(connection).Where(t => t != "DisposalRecords"))
            foreach (var row in Rows(connection, table))
                found.AddRange(row.Values.Where(v => needles.Any(n => v.Contains(n, StringComparison.OrdinalIgnoreCase))).Select(v => $"{table}: {v}"));
        return Task.FromResult<IReadOnlyList<string>>(found);
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

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
