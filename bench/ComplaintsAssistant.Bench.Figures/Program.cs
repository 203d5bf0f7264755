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
// (the annual report's tables). SQLite at 10k and 100k cases (target: under 20 ms median at 100k),
// then requests and RU per figure on the Cosmos test server (whose RU is a fixed 1 per request: a request count).
//   dotnet run -c Release --project bench/ComplaintsAssistant.Bench.Figures [-- 10000 100000 [cosmosCases]]
var sizes = args.Length >= 2 ? args.Take(2).Select(int.Parse).ToArray() : [10_000, 100_000];
var cosmosCases = args.Length >= 3 ? int.Parse(args[2]) : 1_000;
const int Rounds = 50;
// Saving a case is one write transaction (~10 ms on a busy machine), so 100k saves would take most of an hour. A figure
// reads only the fact tables, so beyond this many saved cases the facts of those saved are copied under new case ids.
const int SavedThroughTheStore = 10_000;
var year = ReportingPeriod.FinancialYear(2025);
var partMonths = ReportingPeriod.Custom(new DateOnly(2025, 4, 15), new DateOnly(2026, 3, 14));
var officer = new Actor("officer-1", "Officer", Role.ComplaintsOfficer, []);
var manager = new Actor("manager-1", "Manager", Role.Manager, ["Fostering"]);
var stage1 = FigureCatalogue.Find("statutory.stage1.within_10_wd")!;

async Task<(double Median, double P90)> Time(Func<Task> run)
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
    return (times[times.Count / 2], times[(int)(times.Count * 0.9)]);
}

Console.WriteLine($"{"store",-8} {"cases",8} {"figure",-32} {"median ms",10} {"p90 ms",8}");
foreach (var size in sizes)
{
    var folder = Path.Combine(Path.GetTempPath(), "ca-bench-figures", Guid.NewGuid().ToString("N"));
    var store = SqliteCaseStore.Open(Path.Combine(folder, "cases.db"));
    var seeding = Stopwatch.StartNew();
    var saved = Math.Min(size, SavedThroughTheStore);
    for (var n = 0; n < saved; n++) { var c = FigureCases.Make(n); await store.AddAsync(c, FigureCases.Index(c)); }
    for (var copied = saved; copied < size; copied += saved) CopyFacts(Path.Combine(folder, "cases.db"));
    Console.Error.WriteLine($"seeded {size} cases on SQLite in {seeding.Elapsed.TotalSeconds:0} s ({saved} saved through the store)");
    var service = new FiguresService(store, new OpenWorkFigures(store), TimeProvider.System);

    void Row(string figure, (double Median, double P90) t) => Console.WriteLine($"{"SQLite",-8} {size,8} {figure,-32} {t.Median,10:0.00} {t.P90,8:0.00}");
    Row("stage 1 on time (one year)", await Time(() => stage1.ComputeAsync(new FigureRequest(year, null, CountingConventions.Default), store, default)));
    Row("  …with the year before", await Time(() => service.CompareAsync(officer, stage1.Id, year)));
    Row("  …one team's (manager)", await Time(() => service.CompareAsync(manager, stage1.Id, year)));
    Row("complaints by team", await Time(() => service.CompareAsync(officer, "statutory.complaints.by_team", year)));
    Row("complaints with an advocate", await Time(() => service.CompareAsync(officer, "statutory.complaints.with_advocate", year)));
    // Resolutions have no month counts (a fact table of their own): one row per resolution, counted from its index.
    Row("resolutions by stage", await Time(() => service.CompareAsync(officer, "statutory.resolutions", year)));
    // Whole months come from the month counts; the part months at each end are counted from the facts.
    Row("stage 1, 15 Apr to 14 Mar", await Time(() => stage1.ComputeAsync(new FigureRequest(partMonths, null, CountingConventions.Default), store, default)));
    // Status as at the year end, averages and member enquiries by type are counted from the facts, not the month counts.
    var asAt = CountingConventions.Default with { AsAt = year.To };
    Row("stage 1 on time, as at year end", await Time(() => stage1.ComputeAsync(new FigureRequest(year, null, asAt), store, default)));
    Row("average working days (+quarters)", await Time(() => FigureCatalogue.Find("statutory.average_working_days")!
        .ComputeAsync(new FigureRequest(year, null, CountingConventions.Default), store, default)));
    Row("member enquiries on time by type", await Time(() => FigureCatalogue.Find("member_enquiries.on_time")!
        .ComputeAsync(new FigureRequest(year, null, CountingConventions.Default), store, default)));
    // The annual report's tables: every figure of the catalogue for the year, beside the two years before it.
    Row($"all {FigureCatalogue.All.Count} figures, three years", await Time(async () =>
    {
        foreach (var figure in FigureCatalogue.All)
        {
            await service.CompareAsync(officer, figure.Id, year);
            await service.CompareAsync(officer, figure.Id, year.YearEarlier());
        }
    }));
    SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}

static void CopyFacts(string path)
{
    using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = """
        BEGIN;
        CREATE TEMP TABLE Copy AS SELECT CaseId AS Old, upper(hex(randomblob(16))) AS New FROM FigureCases WHERE CaseId IN (SELECT Id FROM Cases);
        INSERT INTO FigureCases (CaseId, Kind, Team, ReceivedOn, FurthestStage, ByYoungPerson, SupportedByAdvocate, MemberType, ComplimentSource, ComplimentCategory, HowReceived, Relationship)
          SELECT New, Kind, Team, ReceivedOn, FurthestStage, ByYoungPerson, SupportedByAdvocate, MemberType, ComplimentSource, ComplimentCategory, HowReceived, Relationship FROM FigureCases JOIN Copy ON CaseId = Old;
        INSERT INTO FigureChildren (CaseId, Number, Kind, Team, ReceivedOn, AgeBand, Gender, Ethnicity, EthnicGroup, Disability)
          SELECT New, Number, Kind, Team, ReceivedOn, AgeBand, Gender, Ethnicity, EthnicGroup, Disability FROM FigureChildren JOIN Copy ON CaseId = Old;
        INSERT INTO FigureStages (CaseId, Stage, Kind, Team, ReceivedOn, IsFurthest, OpenedOn, StatutoryDueOn, DueOn, RespondedOn, WorkingDays, Band, WithinStatutory, WithinExtended, Outcome)
          SELECT New, Stage, Kind, Team, ReceivedOn, IsFurthest, OpenedOn, StatutoryDueOn, DueOn, RespondedOn, WorkingDays, Band, WithinStatutory, WithinExtended, Outcome FROM FigureStages JOIN Copy ON CaseId = Old;
        INSERT INTO FigureConcerns (CaseId, Number, Kind, Team, ReceivedOn, Category, FirstOfCategory, Outcome)
          SELECT New, Number, Kind, Team, ReceivedOn, Category, FirstOfCategory, Outcome FROM FigureConcerns JOIN Copy ON CaseId = Old;
        INSERT INTO FigureResolutions (CaseId, Stage, Resolution, Kind, Team, ReceivedOn, IsFurthest, RespondedOn)
          SELECT New, Stage, Resolution, Kind, Team, ReceivedOn, IsFurthest, RespondedOn FROM FigureResolutions JOIN Copy ON CaseId = Old;
        DROP TABLE Copy;
        COMMIT;
        """;
    command.ExecuteNonQuery();
}

// Cosmos: requests per figure, not time (the test server is a functional fake).
var localEndpoint = Environment.GetEnvironmentVariable("COSMOS_TEST_ENDPOINT");
LocalServer? started = null;
Uri endpoint;
if (!string.IsNullOrWhiteSpace(localEndpoint)) endpoint = new Uri(localEndpoint);
else (endpoint, started) = await LocalServer.StartAsync(18182);
using var _ = started;
var options = new CosmosStoreOptions
{
    Endpoint = endpoint,
    Key = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
    Database = $"bench-{Guid.NewGuid():N}",
    AllowInsecureLocalCertificate = true,
};
var meter = new RequestMeter();
using var client = meter.Client(options);
var cosmos = new CosmosCaseStore(client, options);
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
await client.GetDatabase(options.Database).DeleteAsync();
