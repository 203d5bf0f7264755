using ComplaintsAssistant.Bot.Mailbox;
using ComplaintsAssistant.Bot.Tests.Intake;
using ComplaintsAssistant.Core.Council;
using ComplaintsAssistant.Core.EmailIntake;
using ComplaintsAssistant.Core.Mailbox;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Emails;
using ComplaintsAssistant.Store.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAssistant.Bot.Tests.Mailbox;

/// <summary>The mailbox reader over real HTTP (a fake Graph on loopback) and a real SQLite file: new mail is drafted once,
/// a re-poll drafts nothing, a host stopped before saving the delta link drafts nothing twice when it comes back, a
/// forgotten delta link (410) resyncs without duplicates, throttling is waited out, and removed mail is not drafted.</summary>
public sealed class MailboxReaderTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-mailbox-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
    private FakeGraph _graph = null!;

    public async Task InitializeAsync() => _graph = await FakeGraph.StartAsync();

    private string DatabasePath => Path.Combine(_folder, "cases.db");

    private (MailboxReader Reader, SqliteCaseStore Store) Host(ITriageDrafts? drafts = null, int pageSize = 2)
    {
        var store = SqliteCaseStore.Open(DatabasePath);
        var source = new GraphMailbox(new HttpClient { BaseAddress = new Uri(_graph.BaseUrl + "/") }, _ => ValueTask.FromResult("graph-token"),
            _graph.Mailbox, pageSize, _time, NullLogger<GraphMailbox>.Instance);
        var drafter = new EmailDrafter(new EmailIntakeSettings(CouncilVocabulary.Default, [new Councillor("Priya Shah", ["priya.shah@thornbury.gov.uk"])], ["thornbury.gov.uk"], "complaints@thornbury.gov.uk"), store, _time);
        return (new MailboxReader(_graph.Mailbox, source, drafts ?? store, drafter, new LocalEmailStore(Path.Combine(_folder, "emails")), _time), store);
    }

    [Fact]
    public async Task New_mail_is_drafted_once_with_the_email_kept_and_a_re_poll_drafts_nothing()
    {
        _graph.Deliver(Emails.ParentComplaint("one@mail.example.com"));
        _graph.Deliver(Emails.CouncillorEnquiry());
        _graph.Deliver(Emails.ParentComplaint("three@mail.example.com"));
        var (reader, store) = Host();

        var first = await reader.PollAsync();
        var second = await reader.PollAsync();

        Assert.Equal(3, first.Drafted.Count);
        Assert.Equal(2, first.Pages);
        Assert.Equal((0, 0, 1), (second.Drafted.Count, second.AlreadyDrafted, second.Pages));
        var complaint = (await store.GetTriageDraftAsync(TriageDraft.IdOf("one@mail.example.com")))!.Value;
        Assert.Equal((DraftKind.StatutoryComplaint, TriageState.Waiting, new DateOnly(2026, 5, 29)), (complaint.Kind, complaint.State, complaint.Draft!.ReceivedOn));
        Assert.Equal(DraftKind.MemberEnquiry, (await store.GetTriageDraftAsync(TriageDraft.IdOf("cllr-1@thornbury.gov.uk")))!.Value.Kind);
        Assert.NotNull(await new LocalEmailStore(Path.Combine(_folder, "emails")).ReadAsync(complaint.Id, complaint.EmailName));
    }

    [Fact]
    public async Task Graph_is_asked_for_immutable_ids_in_pages_with_the_apps_token()
    {
        _graph.Deliver(Emails.ParentComplaint());

        await Host(pageSize: 25).Reader.PollAsync();

        var delta = _graph.Calls.First(c => c.Path.Contains("/delta", StringComparison.Ordinal));
        Assert.Equal("/v1.0/users/complaints@thornbury.gov.uk/mailFolders('inbox')/messages/delta?$select=internetMessageId", delta.Path);
        // One Prefer header with both preferences, comma-separated (RFC 7240), as HttpClient joins them.
        Assert.Equal("IdType=\"ImmutableId\", odata.maxpagesize=25", delta.Prefer);
        Assert.Equal("Bearer graph-token", delta.Auth);
        Assert.Contains(_graph.Calls, c => c.Path == "/v1.0/users/complaints@thornbury.gov.uk/messages/AAMkImmutable0000/$value");
    }

    [Fact]
    public async Task A_host_stopped_after_drafting_but_before_saving_the_delta_link_drafts_nothing_twice_when_it_comes_back()
    {
        _graph.Deliver(Emails.ParentComplaint("one@mail.example.com"));
        _graph.Deliver(Emails.ParentComplaint("two@mail.example.com"));
        _graph.Deliver(Emails.ParentComplaint("three@mail.example.com"));
        var (_, store) = Host();
        var (stopping, _) = Host(new StopsBeforeSavingTheCursor(store));

        await Assert.ThrowsAsync<HostStopped>(() => stopping.PollAsync());
        Assert.Equal(3, (await store.ListTriageDraftsAsync(TriageState.Waiting, 10)).Count);
        Assert.Null(await store.GetMailboxCursorAsync(_graph.Mailbox));

        var (restarted, _) = Host();
        var again = await restarted.PollAsync();

        Assert.Equal((0, 3), (again.Drafted.Count, again.AlreadyDrafted));
        Assert.Equal(3, (await store.ListTriageDraftsAsync(TriageState.Waiting, 10)).Count);
        Assert.NotNull(await store.GetMailboxCursorAsync(_graph.Mailbox));
    }

    [Fact]
    public async Task A_forgotten_delta_link_resyncs_from_the_whole_inbox_and_drafts_only_the_new_mail()
    {
        _graph.Deliver(Emails.ParentComplaint("one@mail.example.com"));
        _graph.Deliver(Emails.ParentComplaint("two@mail.example.com"));
        var (reader, store) = Host();
        await reader.PollAsync();

        _graph.ForgetDeltaLinks();
        _graph.Deliver(Emails.ParentComplaint("three@mail.example.com"));
        var resync = await reader.PollAsync();

        Assert.True(resync.Resynced);
        Assert.Equal("three@mail.example.com", Assert.Single(resync.Drafted).Key);
        Assert.Equal(2, resync.AlreadyDrafted);
        Assert.Equal(3, (await store.ListTriageDraftsAsync(TriageState.Waiting, 10)).Count);
        Assert.Empty((await reader.PollAsync()).Drafted);
    }

    [Fact]
    public async Task Throttling_is_waited_out_as_Graph_asks_and_removed_mail_is_not_drafted()
    {
        var (reader, store) = Host();
        var gone = _graph.Deliver(Emails.ParentComplaint("gone@mail.example.com"));
        await reader.PollAsync();
        _graph.Remove(gone);
        var kept = _graph.Deliver(Emails.ParentComplaint("kept@mail.example.com"));
        _graph.ThrottleNext = 2;

        var pass = await reader.PollAsync();

        // Two 429s, each waited out (Retry-After: 0), then the page.
        Assert.Equal(3, _graph.Calls.Count(c => c.Path.Contains("deltatoken", StringComparison.Ordinal)));
        Assert.Equal("kept@mail.example.com", Assert.Single(pass.Drafted).Key);
        Assert.Equal(kept, pass.Drafted[0].GraphId);
        Assert.Equal(1, pass.Removed);
        // The email removed from the inbox was received all the same: its draft stays for the officers.
        Assert.Equal(2, (await store.ListTriageDraftsAsync(TriageState.Waiting, 10)).Count);
    }

    public async Task DisposeAsync()
    {
        await _graph.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class HostStopped : Exception;

    /// <summary>The host dies at the write it would make next: the delta link. Everything before it happened.</summary>
    private sealed class StopsBeforeSavingTheCursor(ITriageDrafts inner) : ITriageDrafts
    {
        public Task<string?> TryAddTriageDraftAsync(TriageDraft draft, CancellationToken cancellationToken = default) => inner.TryAddTriageDraftAsync(draft, cancellationToken);
        public Task<Versioned<TriageDraft>?> GetTriageDraftAsync(Guid id, CancellationToken cancellationToken = default) => inner.GetTriageDraftAsync(id, cancellationToken);
        public Task<string?> TryReplaceTriageDraftAsync(TriageDraft draft, string expectedVersion, CancellationToken cancellationToken = default) => inner.TryReplaceTriageDraftAsync(draft, expectedVersion, cancellationToken);
        public Task<IReadOnlyList<TriageDraft>> ListTriageDraftsAsync(TriageState state, int take, CancellationToken cancellationToken = default) => inner.ListTriageDraftsAsync(state, take, cancellationToken);
        public Task<string?> GetMailboxCursorAsync(string mailbox, CancellationToken cancellationToken = default) => inner.GetMailboxCursorAsync(mailbox, cancellationToken);
        public Task SaveMailboxCursorAsync(string mailbox, string? deltaLink, CancellationToken cancellationToken = default) => throw new HostStopped();
    }
}
