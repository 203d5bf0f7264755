using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Sqlite;
using ComplaintsAssistant.Store.Tests.Contract;

namespace ComplaintsAssistant.Store.Tests.Sqlite;

/// <summary>The prompt ledger contract on a real SQLite file per test; a second host opens the same file.</summary>
public sealed class SqlitePromptLedgerTests : PromptLedgerContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-prompts-").FullName;
    private readonly Dictionary<IPromptLedger, string> _files = [];

    protected override Task<IPromptLedger> NewLedgerAsync()
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.db");
        var store = SqliteCaseStore.Open(path);
        _files[store] = path;
        return Task.FromResult<IPromptLedger>(store);
    }

    protected override Task<IPromptLedger> SecondHostOnAsync(IPromptLedger ledger) =>
        Task.FromResult<IPromptLedger>(SqliteCaseStore.Open(_files[ledger]));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
