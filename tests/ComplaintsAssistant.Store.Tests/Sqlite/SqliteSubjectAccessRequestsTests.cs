using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Sqlite;
using ComplaintsAssistant.Store.Tests.Contract;

namespace ComplaintsAssistant.Store.Tests.Sqlite;

/// <summary>The subject access requests contract on a real SQLite file per test.</summary>
public sealed class SqliteSubjectAccessRequestsTests : SubjectAccessRequestsContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-sar-").FullName;

    protected override Task<ISubjectAccessRequests> NewStoreAsync() =>
        Task.FromResult<ISubjectAccessRequests>(SqliteCaseStore.Open(Path.Combine(_folder, $"{Guid.NewGuid():N}.db")));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
