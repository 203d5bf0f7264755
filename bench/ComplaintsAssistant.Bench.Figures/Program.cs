using System.Diagnostics;
using ComplaintsAssistant.Bench.Figures;
using ComplaintsAssistant.Bench.Store;
using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Figures.Definitions;
using ComplaintsAssistant.Core.Figures.Facts;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Cosmos;
using ComplaintsAssistant.Store.Sqlite;
using Microsoft.Data.Sqlite;

// One live figure ("stage 1 on time", statutory.stage1.within_10_wd, for 2025/26) as the chat asks it: the figure alone
// (one grouped query) and with the year before (two); then every figure of the catalogue beside the two years before it
// (the annual report's tables). SQLite at 10k and 100k cases (target: under 20 ms median at 100k), and at the larger size
// every figure of the catalogue alone for the year, with the default options and with each option that changes the query,
// slowest first; then requests and RU per figure on the Cosmos test server (whose RU is a fixed 1 per request: a request
// count; cosmosCases 0 skips it).
//   dotnet run -c Release --project bench/ComplaintsAssistant.Bench.Figures [-- 10000 100000 [cosmosCases [rounds]]]
var sizes = args.Length >= 2 ? args.Take(2).Select(int.Parse).ToArray() : [10_000, 100_000];
var cosmosCases = args.Length >= 3 ? int.Parse(args[2]) : 1_000;
const int Rounds = 50;
// Per figure and option in the catalogue table: fewer rounds, as it runs a few hundred figures.
var tableRounds = args.Length >= 4 ? int.Parse(args[3]) : 15;
// Saving a case is one write transaction (~10 ms on a busy machine), so 100k saves would take most of an hour. A figure
// reads only the fact tables, so beyond this many saved cases the facts of those saved are copied under new case ids.
const int SavedThroughTheStore = 10_000;
var year = ReportingPeriod.FinancialYear(2025);
var partMonths = ReportingPeriod.Custom(new DateOnly(2025, 4, 15), new DateOnly(2026, 3, 14));
var officer = new Actor("officer-1", "Officer", Role.ComplaintsOfficer, []);
var manager = new Actor("manager-1", "Manager", Role.Manager, ["Fostering"]);
var stage1 = FigureCatalogue.Find("statutory.stage1.within_10_wd")!;
// The options that change a figure's query (rounding, small numbers and team names only change what is done with the counts).
var options = new (string Name, CountingConventions Conventions, IReadOnlyList<string>? Teams)[]
{
    ("default", CountingConventions.Default, null),
    ("as at year end", CountingConventions.Default with { AsAt = year.To }, null),
    ("every stage", CountingConventions.Default with { Stages = StageCounting.EveryStage }, null),
    ("date responded", CountingConventions.Default with { DateBasis = DateBasis.Responded }, null),
    ("extended due date", CountingConventions.Default with { DueDate = DueDateChoice.Extended }, null),
    ("distinct concerns", CountingConventions.Default with { Concerns = ConcernCounting.DistinctPerComplaint }, null),
    ("ADR apart", CountingConventions.Default with { AdrEscalations = AdrEscalations.CountedApart }, null),
    ("one team", CountingConventions.Default, ["Fostering"]),
};

async Task<(double Median, double P90)> Time(Func<Task> run, int rounds = Rounds)
{
    await run(); // warm: plans, pools
    var times = new List<double>();
    for (var i = 0; i < rounds; i++)
    {
        var clock = Stopwatch.StartNew();
        await run();
        times.Add(clock.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    return (times[times.Count / 2], times[(int)(times.Count * 0.9)]);
}

Console.WriteLine($"{"store",-8} {"cases",8} {"figure",-32} {"median ms",10} {"p90 ms",8}");
foreach (var size in sizes)
{
    var folder = Path.Combine(Path.GetTempPath(), "ca-bench-figures", Guid.NewGuid().ToString("N"));
    var store = SqliteCaseStore.Open(Path.Combine(folder, "cases.db"));
    var seeding = Stopwatch.StartNew();
    var saved = Math.Min(size, SavedThroughTheStore);
    for (var from = 0; from < saved; from += 1_000)
        await store.AddManyAsync(Enumerable.Range(from, Math.Min(1_000, saved - from)).Select(FigureCases.Make).Select(c => (c, FigureCases.Index(c))).ToArray());
    for (var copied = saved; copied < size; copied += saved) CopyFacts(Path.Combine(folder, "cases.db"));
    Console.Error.WriteLine($"seeded {size} cases on SQLite in {seeding.Elapsed.TotalSeconds:0} s ({saved} saved through the store)");
    var service = new FiguresService(store, new OpenWorkFigures(store), TimeProvider.System);

    void Row(string figure, (double Median, double P90) t) => Console.WriteLine($"{"SQLite",-8} {size,8} {figure,-32} {t.Median,10:0.00} {t.P90,8:0.00}");
    Row("stage 1 on time (one year)", await Time(() => stage1.ComputeAsync(new FigureRequest(year, null, CountingConventions.Default), store, default)));
    Row("  …with the year before", await Time(() => service.CompareAsync(officer, stage1.Id, year)));
    Row("  …one team's (manager)", await Time(() => service.CompareAsync(manager, stage1.Id, year)));
    Row("complaints by team", await Time(() => service.CompareAsync(officer, "statutory.complaints.by_team", year)));
    Row("complaints with an advocate", await Time(() => service.CompareAsync(officer, "statutory.complaints.with_advocate", year)));
    Row("resolutions by stage", await Time(() => service.CompareAsync(officer, "statutory.resolutions", year)));
    // Whole months come from the month counts; the part months at each end are counted from the facts.
    Row("stage 1, 15 Apr to 14 Mar", await Time(() => stage1.ComputeAsync(new FigureRequest(partMonths, null, CountingConventions.Default), store, default)));
    // The annual report's tables: every figure of the catalogue for the year, beside the two years before it.
    Row($"all {FigureCatalogue.All.Count} figures, three years", await Time(async () =>
    {
        foreach (var figure in FigureCatalogue.All)
        {
            await service.CompareAsync(officer, figure.Id, year);
            await service.CompareAsync(officer, figure.Id, year.YearEarlier());
        }
    }));
    if (size == sizes.Max()) await EveryFigure(store, size);
    SqliteConnection.ClearAllPools();
    // FIGURES_BENCH_KEEP=1 keeps the files to look at query plans.
    if (Environment.GetEnvironmentVariable("FIGURES_BENCH_KEEP") == "1") Console.Error.WriteLine($"kept {folder}");
    else Directory.Delete(folder, recursive: true);
}

// Every figure alone for the year (as the chat asks one), per option: median ms, the slowest (by default options) first.
async Task EveryFigure(SqliteCaseStore store, int size)
{
    var medians = new List<(string Id, double[] Ms, int? Value)>();
    foreach (var figure in FigureCatalogue.All)
    {
        var ms = new double[options.Length];
        for (var o = 0; o < options.Length; o++)
        {
            var request = new FigureRequest(year, options[o].Teams, options[o].Conventions);
            ms[o] = (await Time(() => figure.ComputeAsync(request, store, default), tableRounds)).Median;
        }
        var value = (await figure.ComputeAsync(new FigureRequest(year, null, CountingConventions.Default), store, default)).Value;
        medians.Add((figure.Id, ms, value));
    }
    Console.WriteLine();
    Console.WriteLine($"Every figure alone for {year.From:yyyy}/{year.To:yy}, SQLite, {size:N0} cases: median ms of {tableRounds} after a warm-up, slowest first");
    Console.WriteLine($"| figure | value | {string.Join(" | ", options.Select(o => o.Name))} |");
    Console.WriteLine($"|---|---:|{string.Concat(options.Select(_ => "---:|"))}");
    foreach (var (id, ms, value) in medians.OrderByDescending(m => m.Ms[0]))
        Console.WriteLine($"| `{id}` | {value} | {string.Join(" | ", ms.Select(m => m >= 20 ? $"**{m:0.0}**" : $"{m:0.0}"))} |");
    var over = medians.Sum(m => m.Ms.Count(x => x >= 20));
    Console.WriteLine($"{medians.Count(m => m.Ms[0] >= 20)} of {medians.Count} figures at 20 ms or more with the default options; {over} of {medians.Count * options.Length} figure-option pairs");
}

// Copies every fact row of the cases saved through the store under new case ids (the month-count triggers count them),
// whatever columns the fact tables have.
static void CopyFacts(string path)
{
    using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
    connection.Open();
    string[] Strings(string sql)
    {
        using var query = connection.CreateCommand();
        query.CommandText = sql;
        using var reader = query.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) values.Add(reader.GetString(0));
        return [.. values];
    }
    var tables = Strings("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'Figure%' AND name NOT LIKE '%Months'")
        .Where(t => Strings($"SELECT name FROM pragma_table_info('{t}')").Contains("CaseId")).ToArray();
    var copies = tables.Select(t =>
    {
        var columns = string.Join(", ", Strings($"SELECT name FROM pragma_table_info('{t}') WHERE name NOT IN ('CaseId', 'Id')"));
        return $"INSERT INTO {t} (CaseId, {columns}) SELECT New, {columns} FROM {t} JOIN Copy ON CaseId = Old;";
    });
    using var command = connection.CreateCommand();
    command.CommandText = $"""
        BEGIN;
        CREATE TEMP TABLE Copy AS SELECT CaseId AS Old, upper(hex(randomblob(16))) AS New FROM FigureCases WHERE CaseId IN (SELECT Id FROM Cases);
        {string.Join("\n", copies)}
        DROP TABLE Copy;
        COMMIT;
        """;
    command.ExecuteNonQuery();
}

if (cosmosCases == 0) return;
// Cosmos: requests per figure, not time (the test server is a functional fake).
var localEndpoint = Environment.GetEnvironmentVariable("COSMOS_TEST_ENDPOINT");
LocalServer? started = null;
Uri endpoint;
if (!string.IsNullOrWhiteSpace(localEndpoint)) endpoint = new Uri(localEndpoint);
else (endpoint, started) = await LocalServer.StartAsync(18182);
using var _ = started;
var cosmosOptions = new CosmosStoreOptions
{
    Endpoint = endpoint,
    Key = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
    Database = $"bench-{Guid.NewGuid():N}",
    AllowInsecureLocalCertificate = true,
};
var meter = new RequestMeter();
using var client = meter.Client(cosmosOptions);
var cosmos = new CosmosCaseStore(client, cosmosOptions);
await cosmos.EnsureReadyAsync();
for (var n = 0; n < cosmosCases; n++) { var c = FigureCases.Make(n); await cosmos.AddAsync(c, FigureCases.Index(c)); }
await cosmos.CountAsync(new FactQuery(FactTable.Cases, DateBasis.Received, year.From, year.To, [], [])); // warm the SDK's caches
var cosmosService = new FiguresService(cosmos, new OpenWorkFigures(cosmos), TimeProvider.System);
foreach (var (name, run) in new (string, Func<Task>)[]
{
    ("stage 1 on time (one year)", () => stage1.ComputeAsync(new FigureRequest(year, null, CountingConventions.Default), cosmos, default)),
    ("  …with the year before", () => cosmosService.CompareAsync(officer, stage1.Id, year)),
    ("complaints with an advocate", () => cosmosService.CompareAsync(officer, "statutory.complaints.with_advocate", year)),
})
{
    var before = meter.Snapshot();
    var (median, _) = await Time(run);
    var after = meter.Snapshot();
    var calls = Rounds + 1;
    Console.WriteLine($"{"Cosmos",-8} {cosmosCases,8} {name,-32} {median,10:0.00} ms  {(after.Http - before.Http) / (double)calls:0.0} requests, {(after.Ru - before.Ru) / calls:0.0} RU per figure");
}
await client.GetDatabase(cosmosOptions.Database).DeleteAsync();
