using System.Globalization;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Store.Sqlite;
using ComplaintsAssistant.Store.Tests.Contract;
using Microsoft.Data.Sqlite;

namespace ComplaintsAssistant.Store.Tests.Sqlite;

/// <summary>The batch add (an import, a seeding) writes its rows with its own prepared inserts, not EF Core's SaveChanges:
/// the file it leaves must be the one adding the cases one by one leaves, in every table a figure reads.</summary>
public sealed class SqliteBatchAddTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-sqlite-batch-").FullName;

    [Fact]
    public async Task CasesAddedAsABatchLeaveTheSameRowsAsCasesAddedOneByOne()
    {
        Case[] cases =
        [
            .. PublishedYears.Statutory2018(),
            FigureSamples.Answered(FigureSamples.May1, FigureSamples.May1.AddDays(30), extendTo: 20),
            FigureSamples.Withdrawn(FigureSamples.May1),
            FigureSamples.Compliment(ComplimentSource.YoungPerson),
            PublishedYears.AboutAChild(AgeBand.TenToFifteen, Ethnicity.WhiteIrish, HowReceived.Telephone, ComplainantRelationship.ChildOrYoungPerson, Disability.Learning),
            SampleCases.Statutory(intakeKey: "import:OLD-1"),
        ];
        var (oneByOne, batch) = (Path.Combine(_folder, "one-by-one.db"), Path.Combine(_folder, "batch.db"));
        var single = SqliteCaseStore.Open(oneByOne);
        foreach (var c in cases) await single.AddAsync(c, SampleCases.Index(c));

        await SqliteCaseStore.Open(batch).AddManyAsync([.. cases.Select(c => (c, SampleCases.Index(c)))]);

        var tables = Tables(oneByOne);
        Assert.Contains("FigureStages", tables);
        foreach (var table in tables) Assert.Equal(Rows(oneByOne, table), Rows(batch, table));
    }

    /// <summary>The cases, their learning actions, and every fact and month-count table (those added later too).</summary>
    private static string[] Tables(string path) =>
        [.. Read(path, "SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE 'Figure%' OR name IN ('Cases', 'LearningActions')) ORDER BY name")
            .Select(r => r[0]["name=".Length..])];

    /// <summary>Every row as text, sorted; a month count's own number (the order its row was made in) left out.</summary>
    private static string[] Rows(string path, string table) =>
        [.. Read(path, $"SELECT * FROM \"{table}\"", skip: table.EndsWith("Months", StringComparison.Ordinal) ? "Id" : null)
            .Select(r => $"{table}: {string.Join(" | ", r)}").Order(StringComparer.Ordinal)];

    private static IEnumerable<string[]> Read(string path, string sql, string? skip = null)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Where(i => reader.GetName(i) != skip)
                .Select(i => $"{reader.GetName(i)}={Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)}")]);
        return rows;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
