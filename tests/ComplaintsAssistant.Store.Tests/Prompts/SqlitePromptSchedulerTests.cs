using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Sqlite;

namespace ComplaintsAssistant.Store.Tests.Prompts;

/// <summary>The scheduler tests on a real SQLite file per test; a second host opens the same file.</summary>
public sealed class SqlitePromptSchedulerTests : PromptSchedulerTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-scheduler-").FullName;
    private string Path => System.IO.Path.Combine(_folder, "prompts.db");

    protected override ICaseStore NewStore() => SqliteCaseStore.Open(Path);

    protected override ICaseStore SecondHostOn(ICaseStore store) => SqliteCaseStore.Open(Path);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
