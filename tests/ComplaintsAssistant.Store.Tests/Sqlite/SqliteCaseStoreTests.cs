using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Sqlite;
using ComplaintsAssistant.Store.Tests.Contract;

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
