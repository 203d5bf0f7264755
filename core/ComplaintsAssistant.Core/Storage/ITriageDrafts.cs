using ComplaintsAssistant.Core.Mailbox;

namespace ComplaintsAssistant.Core.Storage;

/// <summary>The complaints mailbox's triage drafts, and how far the mailbox has been read. Adding is add-if-absent on the
/// draft's id (derived from the email's internet message id), so however many hosts read the mailbox, an email is drafted
/// once; changing a draft is compare-and-swap on its version. Every implementation passes the same contract suite.</summary>
public interface ITriageDrafts
{
    /// <summary>Adds the draft if its id has none. Returns the version written, or null when it was already drafted (nothing changes).</summary>
    Task<string?> TryAddTriageDraftAsync(TriageDraft draft, CancellationToken cancellationToken = default);

    Task<Versioned<TriageDraft>?> GetTriageDraftAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Replaces the draft if nobody has written it since <paramref name="expectedVersion"/>; the new version, or
    /// null when it has changed (nothing is written).</summary>
    Task<string?> TryReplaceTriageDraftAsync(TriageDraft draft, string expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Drafts in <paramref name="state"/>, oldest first.</summary>
    Task<IReadOnlyList<TriageDraft>> ListTriageDraftsAsync(TriageState state, int take, CancellationToken cancellationToken = default);

    /// <summary>The delta link saved after the mailbox was last read to the end, or null (read it from the start).</summary>
    Task<string?> GetMailboxCursorAsync(string mailbox, CancellationToken cancellationToken = default);

    /// <summary>Saves (or, with null, forgets) the mailbox's delta link. Any host may write it: every saved link is one
    /// the mailbox gave after everything before it was drafted.</summary>
    Task SaveMailboxCursorAsync(string mailbox, string? deltaLink, CancellationToken cancellationToken = default);
}
