using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Sqlite;
using ComplaintsAssistant.Store.Tests.Contract;

namespace ComplaintsAssistant.Store.Tests.Sqlite;

/// <summary>The triage drafts contract on a real SQLite file per test; a second host opens the same file.</summary>
public sealed class SqliteTriageDraftsTests : TriageDraftsContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-triage-").FullName;
    private readonly Dictionary<ITriageDrafts, string> _files = [];

    protected override Task<ITriageDrafts> NewDraftsAsync()
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.db");
        var store = SqliteCaseStore.Open(path);
        _files[store] = path;
        return Task.FromResult<ITriageDrafts>(store);
    }

    protected override Task<ITriageDrafts> SecondHostOnAsync(ITriageDrafts drafts) =>
        Task.FromResult<ITriageDrafts>(SqliteCaseStore.Open(_files[drafts]));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
