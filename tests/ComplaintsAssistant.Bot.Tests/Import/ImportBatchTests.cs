using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Council;
using ComplaintsAssistant.Core.Import;
using ComplaintsAssistant.Core.Timescales;
using ComplaintsAssistant.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace ComplaintsAssistant.Bot.Tests.Import;

/// <summary>An import writes its new cases a batch at a time into a real SQLite file: a batch the database refuses part-way
/// leaves nothing of itself behind (no case without its figures, no figures without their case) and says which lines.</summary>
public sealed class ImportBatchTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-import-batch-").FullName;
    private string Database => Path.Combine(_folder, "cases.db");
    private static readonly Actor Officer = new("officer-1", "Officer", Role.ComplaintsOfficer, []);

    [Fact]
    public async Task ABatchRefusedInTheMiddleWritesNoneOfItsCasesSaysWhichLinesAndAnImportAgainAddsThem()
    {
        // Two and a half batches of new cases, one JSON line each.
        var records = Enumerable.Range(0, 18).SelectMany(copy => CouncilYear.Records($"Y{copy:00}")).Take(2_500).ToArray();
        var file = ImportFiles.Utf8(ImportFiles.JsonLines(records));
        var store = SqliteCaseStore.Open(Database);
        var refused = records[1_500].Reference; // line 1,501: the middle of the second batch
        await SqlAsync($"CREATE TRIGGER RefuseOne BEFORE INSERT ON Cases WHEN NEW.IntakeKey = '{ImportKey.For(refused)}' BEGIN SELECT RAISE(ABORT, 'refused'); END;");

        var stopped = await ImportAsync(store, file);

        Assert.Equal((1_000, 1_000), (stopped.Created, stopped.Refused));
        var issue = Assert.Single(stopped.Issues);
        Assert.Equal(1_001, issue.Line);
        Assert.Contains("lines 1001 to 2000 could not be saved", issue.Reason);
        Assert.Equal(new long[] { 1_000, 1_000, 1_000 }, await CountsAsync());
        Assert.Null(await store.FindByIntakeKeyAsync(ImportKey.For(records[1_000].Reference)));

        await SqlAsync("DROP TRIGGER RefuseOne;");
        var again = await ImportAsync(store, file);

        Assert.Equal((1_500, 1_000, 0), (again.Created, again.Unchanged, again.Refused));
        Assert.Equal(new long[] { 2_500, 2_500, 2_500 }, await CountsAsync());
        Assert.NotNull(await store.FindByIntakeKeyAsync(ImportKey.For(refused)));
    }

    private static async Task<ImportSummary> ImportAsync(SqliteCaseStore store, byte[] file) =>
        (await new CaseImport(store, ClockRules.Default, CouncilVocabulary.Default, TimeProvider.System)
            .RunAsync(Officer, new MemoryStream(file), ImportFormat.JsonLines, dryRun: false)).Value!;

    /// <summary>Cases, their case facts, and the month counts the figures read: the same whenever nothing is half-written.</summary>
    private async Task<long[]> CountsAsync() =>
    [
        await ScalarAsync("SELECT COUNT(*) FROM Cases"),
        await ScalarAsync("SELECT COUNT(*) FROM FigureCases"),
        await ScalarAsync("SELECT COALESCE(SUM(N), 0) FROM FigureCaseMonths"),
    ];

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task SqlAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
