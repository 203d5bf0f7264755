using System.Diagnostics;
using ComplaintsAssistant.Bench.Store;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Cosmos;
using Microsoft.Azure.Cosmos;

// Requests and RU per common store operation. Against the local test server (default: started here, or
// COSMOS_TEST_ENDPOINT) RU is not emulated: it answers every request with a fixed charge of 1, so its "RU" is just a
// request count. For real charges set BENCH_COSMOS_ENDPOINT and BENCH_COSMOS_KEY (a throw-away database is created
// and deleted).
const int Seed = 300, Rounds = 30;
var realEndpoint = Environment.GetEnvironmentVariable("BENCH_COSMOS_ENDPOINT");
var localEndpoint = Environment.GetEnvironmentVariable("COSMOS_TEST_ENDPOINT");
LocalServer? started = null;
Uri endpoint;
if (!string.IsNullOrWhiteSpace(realEndpoint)) endpoint = new Uri(realEndpoint);
else if (!string.IsNullOrWhiteSpace(localEndpoint)) endpoint = new Uri(localEndpoint);
else (endpoint, started) = await LocalServer.StartAsync(18181);

using var _ = started;
var options = new CosmosStoreOptions
{
    Endpoint = endpoint,
    Key = Environment.GetEnvironmentVariable("BENCH_COSMOS_KEY") ?? "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
    Database = $"bench-{Guid.NewGuid():N}",
    AllowInsecureLocalCertificate = string.IsNullOrWhiteSpace(realEndpoint),
};
var meter = new RequestMeter();
using var client = meter.Client(options);
var store = new CosmosCaseStore(client, options);
await store.EnsureReadyAsync();

Console.WriteLine($"seeding {Seed} cases ...");
for (var n = 0; n < Seed; n++) { var c = BenchCases.Make(n, n % 2 == 0 ? $"<seed-{n}@mail.example>" : null); await store.AddAsync(c, BenchCases.Index(c)); }
// Warm the SDK's metadata caches (account, container, partition key ranges) so they don't count against one operation.
await store.ListAsync(new CaseQuery(Take: 1));

var next = Seed;
var rows = new List<(string Name, double Http, double Sdk, double Ru, double Ms)>();
async Task Measure(string name, Func<int, Task> operation)
{
    var before = meter.Snapshot();
    var clock = Stopwatch.StartNew();
    for (var i = 0; i < Rounds; i++) await operation(i);
    var elapsed = clock.Elapsed.TotalMilliseconds;
    var after = meter.Snapshot();
    rows.Add((name, (after.Http - before.Http) / (double)Rounds, (after.Sdk - before.Sdk) / (double)Rounds, (after.Ru - before.Ru) / Rounds, elapsed / Rounds));
}

var ids = new List<Guid>();
await Measure("add (no intake key)", async _ => { var c = BenchCases.Make(next++); ids.Add(c.Id); await store.AddAsync(c, BenchCases.Index(c)); });
await Measure("add (intake key, new)", async _ => { var c = BenchCases.Make(next++, $"<new-{next}@mail.example>"); await store.AddAsync(c, BenchCases.Index(c)); });
await Measure("add (intake key, again)", async i => { var c = BenchCases.Make(next++, $"<seed-{2 * i}@mail.example>"); await store.AddAsync(c, BenchCases.Index(c)); });
// What logging does: claim the key before the case takes its number, then add it.
await Measure("claim + add (intake key, new)", async _ =>
{
    var c = BenchCases.Make(next++, $"<claimed-{next}@mail.example>");
    await store.ClaimIntakeAsync(c.Snapshot.IntakeKey!, c.Id, BenchCases.Now);
    await store.AddAsync(c, BenchCases.Index(c));
});
await Measure("claim (intake key, logged)", async i => await store.ClaimIntakeAsync($"<seed-{2 * i}@mail.example>", Guid.NewGuid(), BenchCases.Now));
await Measure("get by id", async i => await store.GetAsync(ids[i]));
await Measure("find by intake key", async i => await store.FindByIntakeKeyAsync($"<seed-{2 * i}@mail.example>"));
await Measure("find by reference", async i => await store.FindByReferenceAsync($"CC-2026-{i:00000}"));
await Measure("update (read + replace)", async i =>
{
    var read = (await store.GetAsync(ids[i]))!;
    read.Value.Reassign("manager-99", "officer-1", BenchCases.Now.AddHours(1));
    await store.UpdateAsync(read.Value, BenchCases.Index(read.Value), read.Version);
});
await Measure("list my open cases", async i => await store.ListAsync(new CaseQuery(OpenOnly: true, Owner: $"manager-{i % 10}", Take: 50)));
await Measure("due-soon (scheduler)", async _ => await store.ListAsync(new CaseQuery(OpenOnly: true, DueOnOrBefore: new DateOnly(2026, 4, 15), Take: 500)));
await Measure("learning list (open)", async _ => await store.ListLearningActionsAsync(new LearningQuery()));
await Measure("next sequence", async _ => await store.NextSequenceAsync("CC-2026"));
// The access log: what every read of a case adds, and the officers' two questions.
await Measure("access log: record a read", async i => await store.RecordAsync(
    new ComplaintsAssistant.Core.AccessLog.CaseRead(ids[i % 3], $"CC-2026-{i % 3:00000}", $"staff-{i % 5}", BenchCases.Now.AddMinutes(i), ComplaintsAssistant.Core.AccessLog.ReadChannel.Api)));
await Measure("access log: a case's reads", async i => await store.ListForCaseAsync(ids[i % 3], 0, 50));
await Measure("access log: a person's month", async i => await store.ListForReaderAsync($"staff-{i % 5}", BenchCases.Now.AddDays(-1), BenchCases.Now.AddDays(30), 0, 50));

Console.WriteLine($"{"operation",-30} {"http req/op",11} {"sdk ops/op",10} {"RU/op",8} {"ms/op",7}");
foreach (var (name, http, sdk, ru, ms) in rows)
    Console.WriteLine($"{name,-30} {http,11:0.0} {sdk,10:0.0} {(meter.SawCharge ? ru.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "n/a"),8} {ms,7:0.00}");
if (!meter.SawCharge) Console.WriteLine("RU: the server reported no request charge.");
else if (endpoint.IsLoopback) Console.WriteLine("RU: NOT REAL. The local stand-in reports a fixed charge of 1 per request; run against an Azure account for RUs.");
Console.WriteLine($"{Seed} cases seeded, {Rounds} rounds per operation, endpoint {endpoint.Host}");
await client.GetDatabase(options.Database).DeleteAsync();
