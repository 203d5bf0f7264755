using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Sqlite;
using ComplaintsAssistant.Store.Tests.Contract;
using Microsoft.Data.Sqlite;

namespace ComplaintsAssistant.Store.Tests.Sqlite;

/// <summary>The store contract on a real SQLite file per test.</summary>
public sealed class SqliteCaseStoreTests : CaseStoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-sqlite-").FullName;

    protected override Task<ICaseStore> NewStoreAsync() =>
        Task.FromResult<ICaseStore>(SqliteCaseStore.Open(Path.Combine(_folder, $"{Guid.NewGuid():N}.db")));

    [Fact]
    public async Task ACaseSurvivesReopeningTheFile()
    {
        var path = Path.Combine(_folder, "reopen.db");
        var logged = SampleCases.Statutory();
        await SqliteCaseStore.Open(path).AddAsync(logged, SampleCases.Index(logged));

        var reopened = SqliteCaseStore.Open(path);

        Assert.Equal(SampleCases.Json(logged), SampleCases.Json((await reopened.GetAsync(logged.Id))!.Value));
    }

    [Fact]
    public async Task AFileFromBeforeIntakeClaimsIsUpgradedInPlaceKeepingItsCases()
    {
        var path = Path.Combine(_folder, "before-claims.db");
        var logged = SampleCases.Statutory(intakeKey: "<old@mail.example>");
        await SqliteCaseStore.Open(path).AddAsync(logged, SampleCases.Index(logged));
        // A file written by the release before intake claims: the same tables, without IntakeClaims.
        Sql(path, "DROP TABLE IntakeClaims");

        var upgraded = SqliteCaseStore.Open(path);
        var fresh = Guid.NewGuid();

        Assert.Equal(SampleCases.Json(logged), SampleCases.Json((await upgraded.GetAsync(logged.Id))!.Value));
        Assert.Equal(new IntakeClaim(logged.Id, Granted: false), await upgraded.ClaimIntakeAsync("<old@mail.example>", Guid.NewGuid(), SampleCases.Now));
        Assert.Equal(new IntakeClaim(fresh, Granted: true), await upgraded.ClaimIntakeAsync("<new@mail.example>", fresh, SampleCases.Now));
        SqliteCaseStore.Open(path); // opening it again changes nothing
        Assert.Equal(new IntakeClaim(fresh, Granted: false), await upgraded.ClaimIntakeAsync("<new@mail.example>", Guid.NewGuid(), SampleCases.Now));
        // The upgrade makes the table a new file gets, so the two kinds of file cannot drift apart.
        var newFile = Path.Combine(_folder, "new.db");
        SqliteCaseStore.Open(newFile);
        Assert.Equal("IntakeKey TEXT 1 1, CaseId TEXT 1 0, ClaimedAt TEXT 1 0", Sql(newFile, Columns));
        Assert.Equal(Sql(newFile, Columns), Sql(path, Columns));
    }

    private const string Columns = "SELECT group_concat(name || ' ' || type || ' ' || \"notnull\" || ' ' || pk, ', ') FROM pragma_table_info('IntakeClaims')";

    private static string? Sql(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as string;
    }

    [Fact]
    public void OpeningCreatesTheFolderAndFile()
    {
        var path = Path.Combine(_folder, "nested", "data", "cases.db");
        SqliteCaseStore.Open(path);
        Assert.True(File.Exists(path));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
