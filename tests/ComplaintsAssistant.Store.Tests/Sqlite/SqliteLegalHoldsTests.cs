using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Sqlite;
using ComplaintsAssistant.Store.Tests.Contract;

namespace ComplaintsAssistant.Store.Tests.Sqlite;

/// <summary>The legal holds contract on a real SQLite file per test.</summary>
public sealed class SqliteLegalHoldsTests : LegalHoldsContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-holds-").FullName;

    protected override Task<ILegalHolds> NewHoldsAsync() =>
        Task.FromResult<ILegalHolds>(SqliteCaseStore.Open(Path.Combine(_folder, $"{Guid.NewGuid():N}.db")));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
