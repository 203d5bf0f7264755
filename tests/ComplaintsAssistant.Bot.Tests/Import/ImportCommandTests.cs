using ComplaintsAssistant.Core.Import;
using ComplaintsAssistant.Store.Sqlite;

namespace ComplaintsAssistant.Bot.Tests.Import;

/// <summary>The command an officer runs on the server, as a process: <c>ca-import import FILE [--dry-run]</c>, writing to
/// the SQLite file the host's configuration names (here through the environment, as on a server).</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-import-").FullName;
    private string Database => Path.Combine(_folder, "data", "cases.db");

    [Fact]
    public async Task TheCommandImportsAYearAndSaysWhatItDid()
    {
        var file = Write("year.csv", ImportFiles.Csv(CouncilYear.Records()));

        var (exit, output) = await RunAsync("import", file);

        Assert.Equal(0, exit);
        Assert.Contains($"created   {CouncilYear.Total}", output);
        Assert.Contains("refused   0", output);
        Assert.Contains("100% read", output);
        Assert.Contains("team (team): 'Under 12s'", output);
        var store = SqliteCaseStore.Open(Database);
        Assert.NotNull(await store.FindByIntakeKeyAsync(ImportKey.For("HAV-C041")));
    }

    [Fact]
    public async Task ARefusedCaseMakesTheCommandFailWithTheLineColumnAndReason()
    {
        var records = CouncilYear.Records().Take(3).Select((r, i) => i == 1 ? r with { Children = [("11-13", "female", "White: British", "none")] } : r);
        var file = Write("bad.jsonl", ImportFiles.JsonLines(records));

        var (exit, output) = await RunAsync("import", file);

        Assert.Equal(1, exit);
        Assert.Contains("created   2", output);
        Assert.Contains("refused   1", output);
        Assert.Contains("HAV-C002, line 2, children[0].age_band '11-13': is not a age band the import knows", output);
    }

    [Fact]
    public async Task ADryRunWritesNothing()
    {
        var file = Write("year.jsonl", ImportFiles.JsonLines(CouncilYear.Records()));

        var (exit, output) = await RunAsync("import", file, "--dry-run");

        Assert.Equal(0, exit);
        Assert.Contains("Dry run: nothing was written", output);
        Assert.Contains($"created   {CouncilYear.Total}", output);
        var store = SqliteCaseStore.Open(Database);
        Assert.Null(await store.FindByIntakeKeyAsync(ImportKey.For("HAV-C001")));
    }

    [Fact]
    public async Task AFileNotInUtf8IsRefusedNamingTheLine()
    {
        var path = Path.Combine(_folder, "latin1.csv");
        await File.WriteAllBytesAsync(path, System.Text.Encoding.Latin1.GetBytes(ImportFiles.CsvHeader + "\nOLD-1,compliment,2024-05-01,card,,,,Équipe,,,,,,,,,,,,,,,,,,\n"));

        var (exit, output) = await RunAsync("import", path);

        Assert.Equal(1, exit);
        Assert.Contains("The file was refused: line 2: This line is not UTF-8 text", output);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private Task<(int Exit, string Output)> RunAsync(params string[] args) =>
        BuiltCommand.RunAsync("ComplaintsAssistant.Import", "ca-import.dll", _folder, new Dictionary<string, string> { ["Store__SqlitePath"] = Database },
            [.. args, "--content-root", _folder]);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
