using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Sqlite;
using ComplaintsAssistant.Store.Tests.Contract;

namespace ComplaintsAssistant.Store.Tests.Sqlite;

/// <summary>The access log contract on a real SQLite file per test.</summary>
public sealed class SqliteAccessLogTests : AccessLogContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-reads-").FullName;

    protected override Task<IAccessLog> NewLogAsync() =>
        Task.FromResult<IAccessLog>(SqliteCaseStore.Open(Path.Combine(_folder, $"{Guid.NewGuid():N}.db")));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
