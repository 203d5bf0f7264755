using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Sqlite;
using ComplaintsAssistant.Store.Tests.Contract;
using Microsoft.Data.Sqlite;

namespace ComplaintsAssistant.Store.Tests.Sqlite;

/// <summary>The person index contract on a real SQLite file per test.</summary>
public sealed class SqlitePersonIndexTests : PersonIndexContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-people-").FullName;
    private string _path = "";

    protected override Task<ICaseStore> NewStoreAsync()
    {
        _path = Path.Combine(_folder, $"{Guid.NewGuid():N}.db");
        return Task.FromResult<ICaseStore>(SqliteCaseStore.Open(_path));
    }

    /// <summary>As a file made before the PersonIndex migration left it once upgraded: the table there, empty.</summary>
    protected override async Task ForgetPeopleAsync(ICaseStore store, Guid caseId)
    {
        await using var connection = new SqliteConnection($"Data Source={_path}");
        await connection.OpenAsync();
        await using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM PersonKeys";
        await delete.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
