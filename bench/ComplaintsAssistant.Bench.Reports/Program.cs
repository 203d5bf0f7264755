using System.Diagnostics;
using ComplaintsAssistant.Bench.Reports;
using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Figures.Facts;
using ComplaintsAssistant.Core.Reports;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Reports.Rendering;
using ComplaintsAssistant.Store.Sqlite;
using Microsoft.Data.Sqlite;

// A full annual report for 2025/26 (every figure for three years side by side, the action plan) over N cases on SQLite
// (or Cosmos), then each rendering. Prints the median of 5 runs, what one report allocates, and the process's peak memory.
//   dotnet run -c Release --project bench/ComplaintsAssistant.Bench.Reports [-- 1000000 [--reseed | --db FILE]]
// The cases are seeded through the store's batch write (AddManyAsync, as the import writes) into
// .bench-data/reports-N.db under the working directory, once: later runs of the same N report over that file.
// --reseed seeds it again (after a change to the cases or the facts); --db FILE reports over another file; --resume goes
// on with a stopped seeding (every batch is one transaction, so the file holds whole batches) from the cases it holds.
// --cosmos seeds N cases into a throw-away database on the Cosmos test server instead (every run) and also prints the
// requests and RU one report costs.
var size = args.Length >= 1 && int.TryParse(args[0], out var n) ? n : 10_000;
var reuse = args.SkipWhile(a => a != "--db").Skip(1).FirstOrDefault();
const int SeedBatch = 2_000;
var year = ReportingPeriod.FinancialYear(2025);
var officer = new Actor("officer-1", "Officer", Role.ComplaintsOfficer, []);

var path = reuse ?? Path.GetFullPath(Path.Combine(".bench-data", $"reports-{size}.db"));
await using var cosmos = args.Contains("--cosmos") ? await CosmosReportStore.StartAsync() : null;
(Case, CaseIndex)[] Batch(int from, int count) =>
    [.. Enumerable.Range(from, Math.Min(count, size - from)).Select(i => ReportCases.Make(i)).Select(c => (c, ReportCases.Index(c)))];
if (cosmos is not null)
{
    // Cosmos adds case by case (a create and its intake claim): batches of 100 in parallel, eight at a time.
    const int CosmosBatch = 100;
    var clock = Stopwatch.StartNew();
    await Parallel.ForEachAsync(Enumerable.Range(0, (size + CosmosBatch - 1) / CosmosBatch), new ParallelOptions { MaxDegreeOfParallelism = 8 },
        async (b, cancellationToken) => await ((ICaseStore)cosmos.Store).AddManyAsync(Batch(b * CosmosBatch, CosmosBatch), cancellationToken));
    Console.Error.WriteLine($"seeded {size} cases on the Cosmos test server in {clock.Elapsed.TotalSeconds:0} s");
}
else if (reuse is null && (args.Contains("--reseed") || !File.Exists(path)))
{
    // Seeded under another name and renamed when whole, so a stopped seeding is never taken for a finished one.
    var seeding = path + ".seeding";
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    var resume = args.Contains("--resume") && File.Exists(seeding);
    if (!resume) foreach (var stale in new[] { seeding, seeding + "-wal", seeding + "-shm", path }) File.Delete(stale);
    var target = SqliteCaseStore.Open(seeding);
    var first = resume ? Seeded(seeding) : 0;
    var clock = Stopwatch.StartNew();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    for (var from = first; from < size; from += SeedBatch)
    {
        var batch = Batch(from, SeedBatch);
        await target.AddManyAsync(batch);
        if ((from / SeedBatch) % 50 == 49) Console.Error.WriteLine($"  seeded {from + batch.Length} of {size} ({clock.Elapsed.TotalSeconds:0} s)");
    }
    cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    Console.Error.WriteLine($"seeded {size - first} cases (from {first}) on SQLite in {clock.Elapsed.TotalSeconds:0} s ({(size - first) / clock.Elapsed.TotalSeconds:0} cases/s; " +
        $"{cpu.TotalSeconds:0} CPU s, {(size - first) / cpu.TotalSeconds:0} cases per CPU second), peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
    SqliteConnection.ClearAllPools();
    File.Move(seeding, path);
}
ICaseStore store;
IFigureFacts facts;
if (cosmos is not null) (store, facts) = (cosmos.Store, cosmos.Store);
else
{
    Console.Error.WriteLine($"reporting over {path} ({new FileInfo(path).Length / (1024 * 1024)} MB)");
    var sqlite = SqliteCaseStore.Open(path);
    (store, facts) = (sqlite, sqlite);
}

var figures = new FiguresService(facts, new OpenWorkFigures(store), TimeProvider.System);
var report = new AnnualReport(figures, store);
// On the Cosmos test server (Node, scanning every document for each aggregate query) one report takes minutes at 10,000
// cases: there the bench writes one report, unwarmed, and counts its requests; the parts and each figure are SQLite's.
var detailed = cosmos is null;
var rounds = detailed ? 5 : 1;
async Task<double> Median(Func<Task> run)
{
    if (detailed) await run(); // warm: plans, pools
    var times = new List<double>();
    for (var i = 0; i < rounds; i++)
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
var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
var requestsBefore = cosmos?.Meter.Snapshot();
Console.WriteLine($"{"annual report 2025/26, three years",-40} {size,8} {await Median(async () => document = (await report.WriteAsync(officer, year)).Value),10:0.0}");
var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (detailed ? rounds + 1 : 1);
if (cosmos is not null)
{
    var (http, sdk, ru) = cosmos.Meter.Snapshot();
    Console.WriteLine($"one report on Cosmos: {http - requestsBefore!.Value.Http} HTTP requests, {sdk - requestsBefore.Value.Sdk} SDK operations, " +
        $"{ru - requestsBefore.Value.Ru:0.#} RU{(cosmos.Meter.SawCharge ? "" : " (the test server sent no charge)")}");
}
// The report's two parts apart, as it reads them: every figure compared over three years (two comparisons each, four
// years' counts where three would do), and the year's action plan (LearningQuery.PlanFor: due in the year, or earlier and still open at its start).
var ids = AnnualReportLayout.Sections.SelectMany(s => s.FigureIds).ToArray();
if (detailed) await ReportParts();
async Task ReportParts()
{
    // Each figure once (this year's comparison and last year's, as the report asks; once, not a median: at 1M cases the
    // slowest take seconds), then the five slowest: which one to look at.
    var each = new List<(string Id, double Ms)>();
    foreach (var id in ids)
    {
        var clock = Stopwatch.StartNew();
        await figures.CompareAsync(officer, id, year);
        await figures.CompareAsync(officer, id, year.YearEarlier());
        each.Add((id, clock.Elapsed.TotalMilliseconds));
    }
    Console.WriteLine($"{$"  …its {ids.Length} figures, three years (once)",-40} {size,8} {each.Sum(f => f.Ms),10:0.0}");
    foreach (var (id, ms) in each.OrderByDescending(f => f.Ms).Take(5))
        Console.WriteLine($"{$"    …{id}",-40} {size,8} {ms,10:0.0}");
    var actions = 0;
    Console.WriteLine($"{"  …its action plan's learning actions",-40} {size,8} {await Median(async () =>
        actions = (await store.ListLearningActionsAsync(new LearningQuery(OpenOnly: false, Take: int.MaxValue, PlanFor: year))).Count),10:0.0}   ({actions} read)");
}
foreach (var format in Enum.GetValues<ReportFormat>())
{
    var bytes = 0;
    var ms = await Median(() => { bytes = ReportFile.Of(document, format, "bench").Content.Length; return Task.CompletedTask; });
    Console.WriteLine($"{$"  …written as {format} ({bytes / 1024} KB)",-40} {size,8} {ms,10:0.0}");
}
Console.WriteLine($"{document.Tables.Count()} tables; one report allocates {allocated / (1024 * 1024.0):0.0} MB; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB, "
    + $"managed heap after {GC.GetTotalMemory(forceFullCollection: true) / (1024 * 1024)} MB");

SqliteConnection.ClearAllPools();

static int Seeded(string file)
{
    using var connection = new SqliteConnection($"Data Source={file}");
    connection.Open();
    using var count = connection.CreateCommand();
    count.CommandText = "SELECT COUNT(*) FROM Cases";
    return Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
}
