using System.Diagnostics;
using ComplaintsAssistant.Bench.Prompts;
using ComplaintsAssistant.Bench.Store;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Cosmos;
using ComplaintsAssistant.Store.Sqlite;
using Microsoft.Data.Sqlite;

// One deadline scheduler pass (PromptScheduler.RunAsync) over 10k and 100k open cases on SQLite: the first pass, which
// sends what is due, and the median of the passes after it (everything already in the ledger), with the process's peak
// working set (target: under 1 s at 100k, memory flat); then requests and RU per pass on the Cosmos test server.
//   dotnet run -c Release --project bench/ComplaintsAssistant.Bench.Prompts [-- 10000 100000 [cosmosCases]]
var sizes = args.Length >= 2 ? args.Take(2).Select(int.Parse).ToArray() : [10_000, 100_000];
var cosmosCases = args.Length >= 3 ? int.Parse(args[2]) : 2_000;
const int Passes = 7;
// Saving a case is one write transaction (several ms on a busy machine). Beyond this many, the saved cases' rows are
// copied under new ids and references (the scheduler reads the index and the case document, nothing else).
const int SavedThroughTheStore = 5_000;

static double MiB(long bytes) => bytes / 1024.0 / 1024.0;

Console.WriteLine($"{"store",-8} {"cases",8} {"candidates",10} {"query ms",9} {"prompts",8} {"first pass ms",14} {"median ms",10} {"min–max ms",14} {"peak WS MiB",12}");
foreach (var size in sizes)
{
    var folder = Path.Combine(Path.GetTempPath(), "ca-bench-prompts", Guid.NewGuid().ToString("N"));
    var path = Path.Combine(folder, "cases.db");
    var store = SqliteCaseStore.Open(path);
    var seeding = Stopwatch.StartNew();
    var saved = Math.Min(size, SavedThroughTheStore);
    for (var n = 0; n < saved; n++) { var c = PromptCases.Make(n); await store.AddAsync(c, PromptCases.Index(c)); }
    for (var copy = 1; copy * saved < size; copy++) CopyCases(path, copy, Math.Min(saved, size - copy * saved));
    Console.Error.WriteLine($"seeded {size} cases on SQLite in {seeding.Elapsed.TotalSeconds:0} s ({saved} saved through the store)");

    var sender = new PromptCases.Accepting();
    var scheduler = PromptCases.Scheduler(store, store, sender);
    var candidates = await CountCandidatesAsync(store);
    var queries = new List<double>();
    for (var i = 0; i < Passes; i++)
    {
        var query = Stopwatch.StartNew();
        await CountCandidatesAsync(store);
        queries.Add(query.Elapsed.TotalMilliseconds);
    }
    queries.Sort();
    GC.Collect();
    var clock = Stopwatch.StartNew();
    await scheduler.RunAsync();
    var first = clock.Elapsed.TotalMilliseconds;
    var sent = sender.Count;
    var times = new List<double>();
    for (var i = 0; i < Passes; i++)
    {
        clock.Restart();
        await scheduler.RunAsync();
        times.Add(clock.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    using var self = Process.GetCurrentProcess();
    Console.WriteLine($"{"SQLite",-8} {size,8} {candidates,10} {queries[Passes / 2],9:0.0} {sent,8} {first,14:0} {times[Passes / 2],10:0} {$"{times[0]:0}–{times[^1]:0}",14} {MiB(self.PeakWorkingSet64),12:0}");
    if (sender.Count != sent) throw new InvalidOperationException("A later pass sent a prompt again.");
    SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}

// What the scheduler's keyset query returns for the pass's horizon (3 working days ahead), a page of 1,000 at a time.
static async Task<int> CountCandidatesAsync(ICaseStore store)
{
    var count = 0;
    PromptCandidate? after = null;
    while (true)
    {
        var page = await store.ListPromptCandidatesAsync(new DateOnly(2026, 6, 8), after, 1000);
        count += page.Count;
        if (page.Count < 1000) return count;
        after = page[^1];
    }
}

// Copies the first `count` saved cases as new cases: new id and reference, in the row and in the stored document.
static void CopyCases(string path, int copy, int count)
{
    using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = $"""
        BEGIN;
        CREATE TEMP TABLE Copy AS SELECT Id AS Old, Reference AS OldReference, Reference || '-{copy}' AS NewReference,
          lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) AS New
          FROM Cases WHERE Reference NOT LIKE '%-%-%' ORDER BY Reference LIMIT {count};
        INSERT INTO Cases (Id, Document, DueOn, IntakeKey, IsOpen, Kind, Owner, PromptOn, ReceivedOn, Reference, Stage, Status, Team, Version)
          SELECT CASE WHEN Old = upper(Old) THEN upper(New) ELSE New END,
                 replace(replace(Document, lower(Old), New), '"' || OldReference || '"', '"' || NewReference || '"'),
                 DueOn, NULL, IsOpen, Kind, Owner, PromptOn, ReceivedOn, NewReference, Stage, Status, Team, Version
          FROM Cases JOIN Copy ON Id = Old;
        DROP TABLE Copy;
        COMMIT;
        """;
    command.ExecuteNonQuery();
}

// Cosmos: requests and RU per pass, not time (the test server is a functional fake).
var localEndpoint = Environment.GetEnvironmentVariable("COSMOS_TEST_ENDPOINT");
LocalServer? started = null;
Uri endpoint;
if (!string.IsNullOrWhiteSpace(localEndpoint)) endpoint = new Uri(localEndpoint);
else (endpoint, started) = await LocalServer.StartAsync(18183);
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
for (var n = 0; n < cosmosCases; n++) { var c = PromptCases.Make(n); await cosmos.AddAsync(c, PromptCases.Index(c)); }
var cosmosCandidates = await CountCandidatesAsync(cosmos); // also warms the SDK's caches
var cosmosSender = new PromptCases.Accepting();
var cosmosScheduler = PromptCases.Scheduler(cosmos, cosmos, cosmosSender);
foreach (var pass in new[] { "first pass (sends)", "a later pass" })
{
    var before = meter.Snapshot();
    await cosmosScheduler.RunAsync();
    var after = meter.Snapshot();
    Console.WriteLine($"{"Cosmos",-8} {cosmosCases,8} {cosmosCandidates,10} {"",9} {cosmosSender.Count,8}  {pass}: {after.Http - before.Http} requests, " +
        $"{after.Ru - before.Ru:0.0} RU{(meter.SawCharge ? "" : " (the test server reports no charge)")}");
}
await client.GetDatabase(options.Database).DeleteAsync();
