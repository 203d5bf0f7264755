using ComplaintsAssistant.Core.Council;
using ComplaintsAssistant.Core.EmailIntake;
using ComplaintsAssistant.Core.EmailIntake.Linking;
using ComplaintsAssistant.Core.Mailbox;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Emails;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAssistant.Store.Tests.Contract;

/// <summary>What every store of triage drafts must do: one draft per email however many hosts add it, compare-and-swap
/// changes, the waiting list oldest first, and the mailbox's cursor; and two mailbox readers on one store draft each email
/// once. Each store's test class supplies a fresh, empty store, and a second handle on it as a second host would have.</summary>
public abstract class TriageDraftsContract
{
    protected abstract Task<ITriageDrafts> NewDraftsAsync();

    protected abstract Task<ITriageDrafts> SecondHostOnAsync(ITriageDrafts drafts);

    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    private static TriageDraft ADraft(string key, DateTimeOffset at, DraftKind kind = DraftKind.StatutoryComplaint) =>
        new(key, "complaints@thornbury.gov.uk", "AAMk-" + key, new string('a', 64) + ".eml", at, null, "not read in this test", kind);

    [Fact]
    public async Task A_draft_is_added_once_and_read_back_as_written()
    {
        var drafts = await NewDraftsAsync();
        var draft = ADraft("<one@mail.example>", Now);

        var version = await drafts.TryAddTriageDraftAsync(draft);
        var again = await drafts.TryAddTriageDraftAsync(draft with { Kind = DraftKind.Compliment });
        var read = await drafts.GetTriageDraftAsync(draft.Id);

        Assert.NotNull(version);
        Assert.Null(again);
        Assert.Equal(draft, read!.Value);
        Assert.Equal(version, read.Version);
        Assert.Null(await drafts.GetTriageDraftAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task A_change_based_on_a_stale_version_writes_nothing()
    {
        var drafts = await NewDraftsAsync();
        var draft = ADraft("<two@mail.example>", Now);
        var first = (await drafts.TryAddTriageDraftAsync(draft))!;

        var changed = await drafts.TryReplaceTriageDraftAsync(draft with { Kind = DraftKind.Comment }, first);
        var stale = await drafts.TryReplaceTriageDraftAsync(draft with { State = TriageState.NotACase }, first);

        Assert.NotNull(changed);
        Assert.Null(stale);
        var read = (await drafts.GetTriageDraftAsync(draft.Id))!;
        Assert.Equal((DraftKind.Comment, TriageState.Waiting, changed), (read.Value.Kind, read.Value.State, read.Version));
    }

    [Fact]
    public async Task The_waiting_drafts_are_listed_oldest_first_and_decided_ones_are_not()
    {
        var drafts = await NewDraftsAsync();
        var later = ADraft("<later@mail.example>", Now.AddMinutes(5));
        var earlier = ADraft("<earlier@mail.example>", Now);
        var decided = ADraft("<decided@mail.example>", Now.AddMinutes(-5)) with { State = TriageState.NotACase, DecidedBy = "officer-1", DecidedAt = Now };
        foreach (var d in new[] { later, earlier, decided }) await drafts.TryAddTriageDraftAsync(d);

        var waiting = await drafts.ListTriageDraftsAsync(TriageState.Waiting, 10);
        var firstOnly = await drafts.ListTriageDraftsAsync(TriageState.Waiting, 1);

        Assert.Equal(["<earlier@mail.example>", "<later@mail.example>"], waiting.Select(d => d.Key));
        Assert.Equal("<earlier@mail.example>", Assert.Single(firstOnly).Key);
        Assert.Equal("<decided@mail.example>", Assert.Single(await drafts.ListTriageDraftsAsync(TriageState.NotACase, 10)).Key);
    }

    [Fact]
    public async Task The_mailbox_cursor_is_saved_replaced_forgotten_and_kept_per_mailbox()
    {
        var drafts = await NewDraftsAsync();
        Assert.Null(await drafts.GetMailboxCursorAsync("complaints@thornbury.gov.uk"));

        await drafts.SaveMailboxCursorAsync("complaints@thornbury.gov.uk", "https://graph.example/delta?$deltatoken=1");
        await drafts.SaveMailboxCursorAsync("Complaints@Thornbury.gov.uk", "https://graph.example/delta?$deltatoken=2");
        await drafts.SaveMailboxCursorAsync("other@thornbury.gov.uk", "https://graph.example/delta?$deltatoken=x");

        Assert.Equal("https://graph.example/delta?$deltatoken=2", await drafts.GetMailboxCursorAsync("complaints@thornbury.gov.uk"));
        await drafts.SaveMailboxCursorAsync("complaints@thornbury.gov.uk", null);
        await drafts.SaveMailboxCursorAsync("nobody@thornbury.gov.uk", null);
        Assert.Null(await drafts.GetMailboxCursorAsync("complaints@thornbury.gov.uk"));
        Assert.Equal("https://graph.example/delta?$deltatoken=x", await drafts.GetMailboxCursorAsync("other@thornbury.gov.uk"));
    }

    [Fact]
    public async Task Two_hosts_adding_the_same_emails_at_once_draft_each_exactly_once()
    {
        var first = await NewDraftsAsync();
        var second = await SecondHostOnAsync(first);
        var keys = Enumerable.Range(0, 20).Select(i => $"<race-{i}@mail.example>").ToList();

        var added = await Task.WhenAll(keys.SelectMany(k => new[] { first, second }.Select(host => host.TryAddTriageDraftAsync(ADraft(k, Now)))));

        Assert.Equal(keys.Count, added.Count(v => v is not null));
        Assert.Equal(keys.Count, (await first.ListTriageDraftsAsync(TriageState.Waiting, 100)).Count);
    }

    [Fact]
    public async Task Two_mailbox_readers_on_one_store_draft_each_email_once()
    {
        var first = await NewDraftsAsync();
        var second = await SecondHostOnAsync(first);
        var folder = Directory.CreateTempSubdirectory("ca-triage-").FullName;
        try
        {
            var mailbox = new ListedMailbox(Enumerable.Range(0, 12).Select(i => ($"AAMk{i}", $"<reader-{i}@mail.example>")).ToList());
            var readers = new[] { first, second }.Select(drafts => new MailboxReader("complaints@thornbury.gov.uk", mailbox, drafts,
                new EmailDrafter(new EmailIntakeSettings(CouncilVocabulary.Default, [], ["thornbury.gov.uk"], "complaints@thornbury.gov.uk"), new NoCases(), new FakeTimeProvider(Now)),
                new LocalEmailStore(folder), new FakeTimeProvider(Now))).ToList();

            var passes = await Task.WhenAll(readers.Select(r => r.PollAsync()));

            Assert.Equal(12, passes.Sum(p => p.Drafted.Count));
            Assert.Equal(12, (await first.ListTriageDraftsAsync(TriageState.Waiting, 100)).Count);
            Assert.NotNull(await second.GetMailboxCursorAsync("complaints@thornbury.gov.uk"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>An inbox as one delta page, each message a small complaint.</summary>
    private sealed class ListedMailbox(IReadOnlyList<(string Id, string MessageId)> messages) : IMailboxSource
    {
        public Task<DeltaPage> ReadPageAsync(string? link, CancellationToken cancellationToken = default) =>
            Task.FromResult(new DeltaPage(messages.Select(m => new DeltaMessage(m.Id, m.MessageId, false)).ToList(), null, "delta-1"));

        public Task<byte[]?> ReadMessageAsync(string id, CancellationToken cancellationToken = default)
        {
            var messageId = messages.Single(m => m.Id == id).MessageId;
            return Task.FromResult<byte[]?>(System.Text.Encoding.UTF8.GetBytes(
                $"From: A Parent <parent@mail.example>\r\nTo: complaints@thornbury.gov.uk\r\nSubject: Complaint\r\nDate: Mon, 1 Jun 2026 08:00:00 +0100\r\nMessage-ID: {messageId}\r\n\r\nI want to complain about my son's social worker.\r\n"));
        }
    }

    private sealed class NoCases : IEmailCaseLookup
    {
        public Task<LinkedCase?> FindByIntakeKeyAsync(string internetMessageId, CancellationToken cancellationToken = default) => Task.FromResult<LinkedCase?>(null);
        public Task<LinkedCase?> FindByReferenceAsync(string reference, CancellationToken cancellationToken = default) => Task.FromResult<LinkedCase?>(null);
        public Task<LinkedCase?> FindByConversationAsync(IReadOnlyList<string> messageIds, CancellationToken cancellationToken = default) => Task.FromResult<LinkedCase?>(null);
    }
}
