using System.Diagnostics;
using ComplaintsAssistant.Bot.Tests.Import;
using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Council;
using ComplaintsAssistant.Core.Import;
using ComplaintsAssistant.Core.Timescales;
using ComplaintsAssistant.Store.Sqlite;

// Import throughput into a SQLite file: a file of N cases (the tests' council year repeated, every stage and kind) as
// JSON Lines imported for real, then the same file again (every case unchanged: reads only), then the same cases as CSV in
// a dry run (reading, grouping and building without writes). Cases per second (of the clock, and per CPU second of this
// process: on a busy shared machine the second says more) and the process's peak working set.
//   dotnet run -c Release --project bench/ComplaintsAssistant.Bench.Import [-- 100000]
var size = args.Length >= 1 ? int.Parse(args[0]) : 100_000;
var folder = Directory.CreateTempSubdirectory("ca-bench-import").FullName;
var jsonl = Path.Combine(folder, "cases.jsonl");
var csv = Path.Combine(folder, "cases.csv");
// Written a year at a time, so the files never sit whole in this process's memory (the peak is the import's).
await using (var json = new StreamWriter(jsonl))
await using (var rowsOut = new StreamWriter(csv))
{
    await rowsOut.WriteAsync(ImportFiles.CsvHeader + "\n");
    for (var (copy, written) = (0, 0); written < size; copy++)
    {
        var year = CouncilYear.Records($"Y{copy:0000}").Take(size - written).ToArray();
        await json.WriteAsync(ImportFiles.JsonLines(year));
        foreach (var row in ImportFiles.CsvRows(year)) await rowsOut.WriteAsync(row + "\n");
        written += year.Length;
    }
}
var rows = File.ReadLines(csv).Count() - 1;
Console.Error.WriteLine($"files: {new FileInfo(jsonl).Length / 1_048_576.0:0.0} MB JSON Lines, {new FileInfo(csv).Length / 1_048_576.0:0.0} MB CSV ({rows} rows)");

var store = SqliteCaseStore.Open(Path.Combine(folder, "cases.db"));
var import = new CaseImport(store, ClockRules.Default, CouncilVocabulary.Default, TimeProvider.System);
var officer = new Actor("bench", "Bench", Role.ComplaintsOfficer, []);

async Task Run(string what, string path, ImportFormat format, bool dryRun)
{
    await using var file = File.OpenRead(path);
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var summary = (await import.RunAsync(officer, file, format, dryRun)).Value;
    clock.Stop();
    cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    var cases = summary.Created + summary.Updated + summary.Unchanged + summary.Refused;
    Console.WriteLine($"{what,-34} {cases,8} {clock.Elapsed.TotalSeconds,9:0.0} {cases / clock.Elapsed.TotalSeconds,9:0} {cases / cpu.TotalSeconds,9:0} {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576,8}" +
        $"   created {summary.Created}, updated {summary.Updated}, unchanged {summary.Unchanged}, refused {summary.Refused}");
}

Console.WriteLine($"{"run",-34} {"cases",8} {"seconds",9} {"cases/s",9} {"/cpu s",9} {"peak MB",8}");
await Run("JSON Lines, import", jsonl, ImportFormat.JsonLines, dryRun: false);
await Run("JSON Lines again (all unchanged)", jsonl, ImportFormat.JsonLines, dryRun: false);
await Run("CSV, dry run", csv, ImportFormat.Csv, dryRun: true);
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
Directory.Delete(folder, recursive: true);
