using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Sqlite;
using ComplaintsAssistant.Store.Tests.Contract;

namespace ComplaintsAssistant.Store.Tests.Sqlite;

/// <summary>The store contract on a real SQLite file per test.</summary>
public sealed class SqliteCaseStoreTests : CaseStoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-sqlite-").FullName;

    private readonly Dictionary<ICaseStore, string> _files = [];

    protected override Task<ICaseStore> NewStoreAsync()
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.db");
        var store = SqliteCaseStore.Open(path);
        _files[store] = path;
        return Task.FromResult<ICaseStore>(store);
    }

    protected override Task PutAsStoredAsync(ICaseStore store, Case subject, string document)
    {
        ReleasedFiles.PutCase(_files[store], subject, document);
        return Task.CompletedTask;
    }

    protected override Task PutWithoutFactsAsync(ICaseStore store, Case subject)
    {
        ReleasedFiles.PutCase(_files[store], subject, CaseJson.Serialize(subject));
        return Task.CompletedTask;
    }

    protected override Task<string> StoredDocumentAsync(ICaseStore store, Guid id) =>
        Task.FromResult(ReleasedFiles.Query(_files[store], $"SELECT Document FROM Cases WHERE Id = '{id.ToString().ToUpperInvariant()}'"));

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
