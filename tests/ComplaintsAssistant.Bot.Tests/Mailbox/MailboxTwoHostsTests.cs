using System.Collections.Concurrent;
using ComplaintsAssistant.Bot.Mailbox;
using ComplaintsAssistant.Bot.Tests.Intake;
using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Council;
using ComplaintsAssistant.Core.Deadlines;
using ComplaintsAssistant.Core.EmailIntake;
using ComplaintsAssistant.Core.EmailIntake.Linking;
using ComplaintsAssistant.Core.Mailbox;
using ComplaintsAssistant.Core.Owners;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Cosmos;
using ComplaintsAssistant.Store.Emails;
using ComplaintsAssistant.Store.Sqlite;
using ComplaintsAssistant.Store.Tests.Cosmos;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAssistant.Bot.Tests.Mailbox;

/// <summary>Two hosts reading one mailbox (a fake Graph over HTTP) into one store at the same moment, on a SQLite file and
/// on the Cosmos test server: each email is drafted once, and each officer gets one triage card per email.</summary>
[Collection(CosmosCollection.Name)]
public sealed class MailboxTwoHostsTests(CosmosTestServer cosmos) : IAsyncLifetime
{
    private const int Messages = 30;
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-mailbox-2-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
    private FakeGraph _graph = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraph.StartAsync();
        for (var i = 0; i < Messages; i++) _graph.Deliver(Emails.ParentComplaint($"two-hosts-{i}@mail.example.com"));
    }

    [Fact]
    public async Task On_one_SQLite_file_each_email_is_drafted_once_and_carded_once_per_officer()
    {
        var path = Path.Combine(_folder, "cases.db");
        await BothHostsAsync(SqliteCaseStore.Open(path), SqliteCaseStore.Open(path));
    }

    [Fact]
    public async Task On_one_Cosmos_database_each_email_is_drafted_once_and_carded_once_per_officer()
    {
        var options = cosmos.NewDatabaseOptions();
        await BothHostsAsync(new CosmosCaseStore(cosmos.Client, options), new CosmosCaseStore(cosmos.Client, options));
    }

    private async Task BothHostsAsync<TStore>(TStore first, TStore second) where TStore : ITriageDrafts, IPromptLedger, IEmailCaseLookup
    {
        var sent = new ConcurrentBag<(Guid Draft, string Officer)>();
        var hosts = new[] { first, second }.Select((store, i) => Host(store, $"host-{i}", sent)).ToList();

        var passes = await Task.WhenAll(hosts.Select(async h =>
        {
            var pass = await h.Reader.PollAsync();
            await h.Announcer.RunAsync();
            return pass;
        }));

        Assert.Equal(Messages, passes.Sum(p => p.Drafted.Count));
        Assert.Equal(Messages, (await first.ListTriageDraftsAsync(TriageState.Waiting, 100)).Count);
        // A host that drafted nothing yet may announce before the other has drafted all: one more pass each sends the rest.
        foreach (var h in hosts) await h.Announcer.RunAsync();
        Assert.Equal(Messages * 2, sent.Count);
        Assert.Equal(Messages * 2, sent.Distinct().Count());
    }

    private (MailboxReader Reader, TriageAnnouncer Announcer) Host<TStore>(TStore store, string claimant, ConcurrentBag<(Guid, string)> sent)
        where TStore : ITriageDrafts, IPromptLedger, IEmailCaseLookup
    {
        var source = new GraphMailbox(new HttpClient { BaseAddress = new Uri(_graph.BaseUrl + "/") }, _ => ValueTask.FromResult("graph-token"),
            _graph.Mailbox, 7, _time, NullLogger<GraphMailbox>.Instance);
        var drafter = new EmailDrafter(new EmailIntakeSettings(CouncilVocabulary.Default, [], ["thornbury.gov.uk"], "complaints@thornbury.gov.uk"), store, _time);
        var reader = new MailboxReader(_graph.Mailbox, source, store, drafter, new LocalEmailStore(Path.Combine(_folder, "emails")), _time);
        var announcer = new TriageAnnouncer(store, new PromptClaims(store, claimant, TimeSpan.FromMinutes(5)), new RecordingSender(sent), new TwoOfficers(), _time);
        return (reader, announcer);
    }

    public async Task DisposeAsync()
    {
        await _graph.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class RecordingSender(ConcurrentBag<(Guid, string)> sent) : ITriageSender
    {
        public Task<Delivery> SendAsync(TriageDraft draft, string officer, CancellationToken cancellationToken = default)
        {
            sent.Add((draft.Id, officer));
            return Task.FromResult(Delivery.Sent);
        }
    }

    private sealed class TwoOfficers : IPeopleDirectory
    {
        private static readonly Actor[] Officers = [new("officer-1", "Officer One", Role.ComplaintsOfficer, []), new("officer-2", "Officer Two", Role.ComplaintsOfficer, [])];

        public Task<Actor?> FindAsync(string id, CancellationToken cancellationToken) => Task.FromResult(Officers.FirstOrDefault(o => o.Id == id));

        public KnownPeople Known { get; } = new(Officers, []);
    }
}
