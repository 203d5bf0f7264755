using System.Diagnostics;
using ComplaintsAssistant.Bot.Mailbox;
using ComplaintsAssistant.Bot.Tests.Mailbox;
using ComplaintsAssistant.Core.Council;
using ComplaintsAssistant.Core.EmailIntake;
using ComplaintsAssistant.Store.Emails;
using ComplaintsAssistant.Store.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

// One poll of a 1,000-message inbox (the first delta round, 50 a page) from the fake Graph over loopback HTTP into a
// fresh SQLite file: time, memory allocated and peak working set; then a re-poll with nothing new, and a resync (410)
// that meets every email already drafted. Median of RUNS fresh runs. Usage: [messages] [runs].
var messages = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1000;
var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
var first = new List<(double Ms, double AllocatedMb)>();
var again = new List<double>();
var resync = new List<double>();

for (var run = 0; run < runs; run++)
{
    var folder = Directory.CreateTempSubdirectory("ca-bench-mailbox-").FullName;
    await using var graph = await FakeGraph.StartAsync();
    for (var i = 0; i < messages; i++) graph.Deliver(Email(i));
    var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
    var store = SqliteCaseStore.Open(Path.Combine(folder, "cases.db"));
    using var http = new HttpClient { BaseAddress = new Uri(graph.BaseUrl + "/") };
    var source = new GraphMailbox(http, _ => ValueTask.FromResult("token"), graph.Mailbox, 50, time, NullLogger<GraphMailbox>.Instance);
    var drafter = new EmailDrafter(new EmailIntakeSettings(CouncilVocabulary.Default, [], ["thornbury.gov.uk"], graph.Mailbox), store, time);
    var reader = new ComplaintsAssistant.Core.Mailbox.MailboxReader(graph.Mailbox, source, store, drafter, new LocalEmailStore(Path.Combine(folder, "emails")), time);

    GC.Collect();
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var clock = Stopwatch.StartNew();
    var pass = await reader.PollAsync();
    first.Add((clock.Elapsed.TotalMilliseconds, (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (1024.0 * 1024.0)));
    if (pass.Drafted.Count != messages) throw new InvalidOperationException($"drafted {pass.Drafted.Count} of {messages}");

    clock.Restart();
    await reader.PollAsync();
    again.Add(clock.Elapsed.TotalMilliseconds);

    graph.ForgetDeltaLinks();
    clock.Restart();
    var resynced = await reader.PollAsync();
    resync.Add(clock.Elapsed.TotalMilliseconds);
    if (!resynced.Resynced || resynced.Drafted.Count != 0) throw new InvalidOperationException("the resync drafted again");

    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}

Console.WriteLine($"Complaints mailbox, {messages} messages, 50 a page, fake Graph over loopback, SQLite; median of {runs} fresh runs");
Console.WriteLine($"first poll (fetch, draft, keep, store each): {Median(first.Select(f => f.Ms)):F0} ms ({Median(first.Select(f => f.Ms)) / messages:F2} ms a message), allocated {Median(first.Select(f => f.AllocatedMb)):F0} MB");
Console.WriteLine($"re-poll, nothing new:                         {Median(again):F1} ms");
Console.WriteLine($"resync after 410 (every email already drafted): {Median(resync):F0} ms");
Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted[sorted.Length / 2];
}

static string Email(int i) => $"""
    From: A Parent <parent{i}@mail.example.com>
    To: complaints@thornbury.gov.uk
    Subject: Complaint about my son's social worker
    Date: Fri, 29 May 2026 21:30:00 +0100
    Message-ID: <bench-{i}@mail.example.com>
    MIME-Version: 1.0
    Content-Type: text/plain; charset=utf-8

    I want to make a formal complaint. I am Tom's mum and his social worker in the Children in Care team
    has not returned my calls for three weeks. His review was cancelled without telling me.
    """.Replace("\r\n", "\n").Replace("\n", "\r\n");
