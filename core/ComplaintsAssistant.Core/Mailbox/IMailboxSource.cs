namespace ComplaintsAssistant.Core.Mailbox;

/// <summary>Reads the complaints mailbox's inbox by delta query (Microsoft Graph in production, a fake over HTTP in tests).
/// Throttling and retries are the source's business; what comes back is a page, or one of the failures below.</summary>
public interface IMailboxSource
{
    /// <summary>The page at <paramref name="link"/> (a next or delta link), or the first page of a fresh delta when null.</summary>
    /// <exception cref="MailboxDeltaExpired">The delta link is no longer valid (410 Gone): start a fresh delta.</exception>
    Task<DeltaPage> ReadPageAsync(string? link, CancellationToken cancellationToken = default);

    /// <summary>The whole message (MIME), by its id in the mailbox; null when it is gone (deleted since the page was read).</summary>
    Task<byte[]?> ReadMessageAsync(string id, CancellationToken cancellationToken = default);
}

/// <summary>One page of a delta round: its changes, then either the next page's link or, on the last page, the delta link
/// to start the next round from.</summary>
public sealed record DeltaPage(IReadOnlyList<DeltaMessage> Messages, string? NextLink, string? DeltaLink);

/// <param name="Removed">Deleted or moved out of the inbox: nothing to draft (a draft already made stays).</param>
public sealed record DeltaMessage(string Id, string? InternetMessageId, bool Removed);

/// <summary>The mailbox no longer knows the delta link (Graph answers 410 Gone): the round starts again from scratch.</summary>
public sealed class MailboxDeltaExpired(string message) : Exception(message);
