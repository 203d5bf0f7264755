using System.Diagnostics;
using ComplaintsAssistant.Bench.Reports;
using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Reports;
using ComplaintsAssistant.Reports.Rendering;
using ComplaintsAssistant.Store.Sqlite;
using Microsoft.Data.Sqlite;

// A full annual report for 2025/26 (every figure for three years side by side, the action plan) over N cases on SQLite,
// then each rendering. Prints the median of 5 runs, what one report allocates, and the process's peak memory (seeding included).
//   dotnet run -c Release --project bench/ComplaintsAssistant.Bench.Reports [-- 10000 [--keep | --db FILE]]
// --keep leaves the seeded file (and says where); --db FILE reports over a file kept earlier instead of seeding again.
var size = args.Length >= 1 ? int.Parse(args[0]) : 10_000;
var keep = args.Contains("--keep");
var reuse = args.SkipWhile(a => a != "--db").Skip(1).FirstOrDefault();
const int Rounds = 5;
var year = ReportingPeriod.FinancialYear(2025);
var officer = new Actor("officer-1", "Officer", Role.ComplaintsOfficer, []);

var folder = Path.Combine(Path.GetTempPath(), "ca-bench-reports", Guid.NewGuid().ToString("N"));
var path = reuse ?? Path.Combine(folder, "complaints.db");
var store = SqliteCaseStore.Open(path);
if (reuse is null)
{
    var seeding = Stopwatch.StartNew();
    for (var n = 0; n < size; n++) { var c = ReportCases.Make(n); await store.AddAsync(c, ReportCases.Index(c)); }
    Console.Error.WriteLine($"seeded {size} cases on SQLite in {seeding.Elapsed.TotalSeconds:0} s");
}

var report = new AnnualReport(new FiguresService(store, new OpenWorkFigures(store), TimeProvider.System), store);
async Task<double> Median(Func<Task> run)
{
    await run(); // warm: plans, pools
    var times = new List<double>();
    for (var i = 0; i < Rounds; i++)
    {
        var clock = Stopwatch.StartNew();
        await run();
        times.Add(clock.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    return times[times.Count / 2];
}

ReportDocument document = null!;
Console.WriteLine($"{"step",-40} {"cases",8} {"median ms",10}");
Console.WriteLine($"{"annual report 2025/26, three years",-40} {size,8} {await Median(async () => document = (await report.WriteAsync(officer, year)).Value),10:0.0}");
foreach (var format in Enum.GetValues<ReportFormat>())
{
    var bytes = 0;
    var ms = await Median(() => { bytes = ReportFile.Of(document, format, "bench").Content.Length; return Task.CompletedTask; });
    Console.WriteLine($"{$"  …written as {format} ({bytes / 1024} KB)",-40} {size,8} {ms,10:0.0}");
}
var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
await report.WriteAsync(officer, year);
var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
Console.WriteLine($"{document.Tables.Count()} tables; one report allocates {allocated / (1024 * 1024.0):0.0} MB; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB, "
    + $"managed heap after {GC.GetTotalMemory(forceFullCollection: true) / (1024 * 1024)} MB");

SqliteConnection.ClearAllPools();
if (keep || reuse is not null) Console.Error.WriteLine($"kept {path}");
else Directory.Delete(folder, recursive: true);
