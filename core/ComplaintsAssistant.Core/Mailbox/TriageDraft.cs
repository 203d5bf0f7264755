using System.Security.Cryptography;
using System.Text;
using ComplaintsAssistant.Core.EmailIntake;

namespace ComplaintsAssistant.Core.Mailbox;

/// <summary>
/// An email from the complaints mailbox waiting for (or given) a complaints officer's decision: the intake's draft, the
/// kind the officer settled on, and what became of it. One per email: <see cref="Key"/> is the internet message id (the
/// Graph id when a message has none), and <see cref="Id"/> is derived from it, so a second host or a re-read page that
/// drafts the same email again finds it taken.
/// </summary>
/// <param name="GraphId">The message's immutable id in the mailbox (survives folder moves).</param>
/// <param name="EmailName">The .eml kept under <see cref="Id"/> in the email store until a case keeps it.</param>
/// <param name="Draft">What the intake proposed; null when it could not read the email (<see cref="Unreadable"/> says why).</param>
/// <param name="Kind">The kind the card offers: the intake's, until an officer changes it.</param>
public sealed record TriageDraft(
    string Key,
    string Mailbox,
    string GraphId,
    string EmailName,
    DateTimeOffset DraftedAt,
    EmailDraft? Draft,
    string? Unreadable,
    DraftKind Kind,
    TriageState State = TriageState.Waiting,
    Guid? CaseId = null,
    string? Reference = null,
    string? DecidedBy = null,
    DateTimeOffset? DecidedAt = null)
{
    public Guid Id => IdOf(Key);

    /// <summary>A stable id from the key: the same email is the same draft on every host.</summary>
    public static Guid IdOf(string key) => new(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));

    /// <summary>The key an email is drafted under: its internet message id as the intake writes it (Graph gives it in angle
    /// brackets, the intake and the add-in's intake key without: one email must be one key whichever way it came), else
    /// the mailbox's id for it.</summary>
    public static string KeyOf(string? internetMessageId, string graphId) =>
        internetMessageId?.Trim().TrimStart('<').TrimEnd('>').Trim() is { Length: > 0 } id ? id : "graph:" + graphId;

    public DateOnly? ReceivedOn => Draft?.ReceivedOn;
}

public enum TriageState
{
    /// <summary>No officer has decided yet: the triage card offers every choice.</summary>
    Waiting,
    /// <summary>A case was made from it (<see cref="TriageDraft.Reference"/>).</summary>
    Accepted,
    /// <summary>It was kept with an existing case, by an officer or because it already was that case.</summary>
    Linked,
    NotACase,
}
