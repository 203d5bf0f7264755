using ComplaintsAssistant.Core.EmailIntake;
using ComplaintsAssistant.Core.EmailIntake.Keeping;
using ComplaintsAssistant.Core.EmailIntake.Linking;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Core.Mailbox;

/// <summary>
/// Reads the complaints mailbox to the end of a delta round and drafts each new email for triage. Delta is the source of
/// truth: a notification only makes this run early. Nothing is lost if the host stops mid-way and nothing is drafted twice:
/// <list type="bullet">
/// <item>each email's .eml is kept, then its draft added if absent (the draft's id comes from the internet message id), so a
/// re-read page, a resync or a second host finds the email drafted and moves on;</item>
/// <item>the delta link is saved only when the round's last page has been drafted, so a host stopped mid-round reads the
/// round again next time (and the dedupe makes that harmless);</item>
/// <item>a delta link the mailbox has forgotten (410) starts a fresh round from the whole inbox, once per pass.</item>
/// </list>
/// </summary>
public sealed class MailboxReader(
    string mailbox, IMailboxSource source, ITriageDrafts drafts, EmailDrafter drafter, IEmailStore emails, TimeProvider time)
{
    public async Task<MailboxPass> PollAsync(CancellationToken cancellationToken = default)
    {
        var pass = new MailboxPass();
        var link = await drafts.GetMailboxCursorAsync(mailbox, cancellationToken);
        while (true)
        {
            DeltaPage page;
            try
            {
                page = await source.ReadPageAsync(link, cancellationToken);
            }
            catch (MailboxDeltaExpired) when (link is not null && !pass.Resynced)
            {
                pass.Resynced = true;
                link = null;
                await drafts.SaveMailboxCursorAsync(mailbox, null, cancellationToken);
                continue;
            }
            pass.Pages++;
            foreach (var message in page.Messages)
                await ReadAsync(message, pass, cancellationToken);
            if (page.DeltaLink is { } deltaLink)
            {
                await drafts.SaveMailboxCursorAsync(mailbox, deltaLink, cancellationToken);
                return pass;
            }
            link = page.NextLink ?? throw new InvalidDataException("The mailbox answered a page with neither a next link nor a delta link.");
        }
    }

    private async Task ReadAsync(DeltaMessage message, MailboxPass pass, CancellationToken cancellationToken)
    {
        if (message.Removed)
        {
            pass.Removed++;
            return;
        }
        // Read first: every round meets emails already drafted again (read flags, moves), and a read costs less than a refused add.
        var key = TriageDraft.KeyOf(message.InternetMessageId, message.Id);
        if (await drafts.GetTriageDraftAsync(TriageDraft.IdOf(key), cancellationToken) is not null)
        {
            pass.AlreadyDrafted++;
            return;
        }
        if (await source.ReadMessageAsync(message.Id, cancellationToken) is not { } mime)
        {
            pass.Removed++;
            return;
        }

        var drafted = await drafter.DraftAsync(new MemoryStream(mime, writable: false), cancellationToken);
        var draft = drafted.Error is { } unreadable
            ? new TriageDraft(key, mailbox, message.Id, EmailName.Of(mime), time.GetUtcNow(), null, unreadable.Message, DraftKind.NotACase)
            : Triage(key, message.Id, mime, drafted.Value);
        await emails.PutAsync(draft.Id, draft.EmailName, mime, cancellationToken);
        if (await drafts.TryAddTriageDraftAsync(draft, cancellationToken) is null) pass.AlreadyDrafted++;
        else pass.Drafted.Add(draft);
    }

    /// <summary>An email that already is a case (made from it in Outlook, say) is recorded as linked to it: one email is never two cases.</summary>
    private TriageDraft Triage(string key, string graphId, byte[] mime, EmailDraft draft)
    {
        var triage = new TriageDraft(key, mailbox, graphId, EmailName.Of(mime), time.GetUtcNow(), draft, null, draft.Kind);
        return draft.ExistingCase is { Link: CaseLink.SameMessage } existing
            ? triage with { State = TriageState.Linked, CaseId = existing.Id, Reference = existing.Reference, DecidedAt = time.GetUtcNow() }
            : triage;
    }
}

/// <summary>What one poll did.</summary>
public sealed class MailboxPass
{
    public List<TriageDraft> Drafted { get; } = [];
    public int AlreadyDrafted { get; set; }
    public int Removed { get; set; }
    public int Pages { get; set; }
    /// <summary>The saved delta link was gone (410) and the inbox was read again from the start.</summary>
    public bool Resynced { get; set; }
}
