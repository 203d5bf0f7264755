using ComplaintsAssistant.Core.Retention;
using ComplaintsAssistant.Core.AccessLog;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Mailbox;

namespace ComplaintsAssistant.Store.Cosmos.Items;

/// <summary>The last number issued in a named sequence. Incremented atomically in place (PATCH increment).</summary>
internal sealed record SequenceItem(string Id, string Name, int Last)
{
    /// <summary>Settable so it is stored (derived, get-only properties are not written).</summary>
    public string Type { get; init; } = MetaIds.Sequence;
}

/// <summary>Claims an intake key for one case. Its id is derived from the key, so creating it is the atomic
/// "first writer wins" step. First it only reserves the key (<see cref="Pending"/> null, <see cref="ClaimedAt"/> set)
/// while the case takes its reference; then it carries the case it stands for, so if the writer dies before writing
/// the case, the next attempt with the same key finishes the job instead of making a second case.</summary>
internal sealed record IntakeClaimItem(string Id, string IntakeKey, string CaseId, CaseItem? Pending)
{
    /// <summary>Settable so it is stored (derived, get-only properties are not written).</summary>
    public string Type { get; init; } = MetaIds.Intake;

    /// <summary>When the key was reserved: a reservation never filled is taken over once it is old (its writer stopped).</summary>
    public DateTimeOffset? ClaimedAt { get; init; }
}

/// <summary>How the bot reaches a user first (opaque to the store).</summary>
internal sealed record ConversationItem(string Id, string UserKey, string Reference)
{
    /// <summary>Settable so it is stored (derived, get-only properties are not written).</summary>
    public string Type { get; init; } = MetaIds.Conversation;
}

/// <summary>An email that belongs to a case (linked later, or sent by the council about it). Its id is derived from the
/// message id, so creating it is the atomic "one email, one case" step. The reference is kept so a lookup needs no
/// second read (references never change).</summary>
internal sealed record MessageItem(string Id, string MessageId, string CaseId, string Reference)
{
    /// <summary>Settable so it is stored (derived, get-only properties are not written).</summary>
    public string Type { get; init; } = MetaIds.Message;
}

/// <summary>A deadline prompt in the ledger (<see cref="PromptEntry"/>). Instants are kept in UTC so they sort as text.</summary>
internal sealed record PromptItem(
    string Id, string Key, Guid CaseId, string Reference, string Recipient, PromptState State, string? Claimant,
    DateTimeOffset? LeaseUntil, int Attempts, DateTimeOffset UpdatedAt, DateTimeOffset? SentAt, string? LastFailure, DateTimeOffset? RetryAt)
{
    /// <summary>Settable so it is stored (derived, get-only properties are not written).</summary>
    public string Type { get; init; } = MetaIds.Prompt;

    public static PromptItem Of(PromptEntry e) => new(MetaIds.For(MetaIds.Prompt, e.Key), e.Key, e.CaseId, e.Reference, e.Recipient, e.State,
        e.Claimant, e.LeaseUntil?.ToUniversalTime(), e.Attempts, e.UpdatedAt.ToUniversalTime(), e.SentAt?.ToUniversalTime(), e.LastFailure, e.RetryAt?.ToUniversalTime());

    public PromptEntry ToEntry() => new(Key, CaseId, Reference, Recipient, State, Claimant, LeaseUntil, Attempts, UpdatedAt, SentAt, LastFailure, RetryAt);
}

/// <summary>A complaints mailbox triage draft. Its id is derived from the draft's (itself from the email's internet message
/// id), so creating it is the atomic "one email, one draft" step; state and draftedAt are top-level for the triage list.</summary>
internal sealed record TriageItem(string Id, Guid DraftId, TriageState State, DateTimeOffset DraftedAt, TriageDraft Draft)
{
    /// <summary>Settable so it is stored (derived, get-only properties are not written).</summary>
    public string Type { get; init; } = MetaIds.Triage;

    /// <summary>The document's shape, for an upcaster should it ever change.</summary>
    public int SchemaVersion { get; init; } = 1;

    public static TriageItem Of(TriageDraft draft) => new(MetaIds.For(MetaIds.Triage, draft.Id.ToString("N")), draft.Id, draft.State, draft.DraftedAt.ToUniversalTime(), draft);
}

/// <summary>How far a mailbox has been read: the delta link its last complete round ended with.</summary>
internal sealed record MailboxCursorItem(string Id, string Mailbox, string DeltaLink)
{
    /// <summary>Settable so it is stored (derived, get-only properties are not written).</summary>
    public string Type { get; init; } = MetaIds.MailboxCursor;
}

/// <summary>A read in the access log (<see cref="CaseRead"/>), its own item so a read never touches the case. The time is
/// also kept as UTC ticks, which order and compare as instants do (the ISO text does not, with its varying fractions).</summary>
internal sealed record CaseReadItem(string Id, Guid CaseId, string Reference, string ReaderId, DateTimeOffset At, long AtTicks, ReadChannel Through, bool Refused)
{
    public string Type { get; init; } = MetaIds.Read;

    public static CaseReadItem Of(CaseRead r) =>
        new($"{MetaIds.Read}-{Guid.NewGuid():N}", r.CaseId, r.Reference, r.ReaderId, r.At.ToUniversalTime(), r.At.UtcTicks, r.Through, r.Refused);

    public CaseRead ToRead() => new(CaseId, Reference, ReaderId, At, Through, Refused);
}

/// <summary>The sender of an email kept with a case, in the person index: its own item, so keeping an email never
/// changes the case (nor its version, which someone editing it holds).</summary>
internal sealed record PersonSenderItem(string Id, Guid CaseId, string PersonKey)
{
    public string Type { get; init; } = MetaIds.PersonSender;

    public static PersonSenderItem Of(Guid caseId, string key) => new(MetaIds.For(MetaIds.PersonSender, $"{caseId:N}/{key}"), caseId, key);
}

/// <summary>A subject access request, its own meta item; listed by type (a council has a few a month).</summary>
internal sealed record SubjectAccessRequestItem(string Id, Core.SubjectAccess.SubjectAccessRequest Request)
{
    public string Type { get; init; } = MetaIds.SubjectAccessRequest;

    public static string IdOf(Guid requestId) => $"{MetaIds.SubjectAccessRequest}-{requestId:N}";
}

/// <summary>A legal hold (<see cref="LegalHold"/>), its own item; lifting replaces it under the ETag read, so only the
/// first lift is kept.</summary>
internal sealed record HoldItem(string Id, LegalHold Hold, DateTimeOffset SetAt, bool Lifted)
{
    public string Type { get; init; } = MetaIds.Hold;

    public int SchemaVersion { get; init; } = 1;

    public static string IdOf(Guid id) => $"{MetaIds.Hold}-{id:N}";

    public static HoldItem Of(LegalHold hold) => new(IdOf(hold.Id), hold, hold.SetAt.ToUniversalTime(), hold.IsLifted);
}
