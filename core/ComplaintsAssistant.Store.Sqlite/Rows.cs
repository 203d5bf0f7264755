using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Learning;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Store.Sqlite;

/// <summary>A case: its indexed facts as columns for lists and the scheduler, the whole case as a JSON document.</summary>
internal sealed class CaseRow
{
    public Guid Id { get; set; }
    public string Reference { get; set; } = "";
    public CaseKind Kind { get; set; }
    public CaseStatus Status { get; set; }
    public bool IsOpen { get; set; }
    public string Team { get; set; } = "";
    public string? Owner { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public int Stage { get; set; }
    public DateOnly? DueOn { get; set; }
    public DateOnly? PromptOn { get; set; }
    public string? IntakeKey { get; set; }
    /// <summary>Bumped on every write; a write quoting an older value is refused.</summary>
    public long Version { get; set; }
    public string Document { get; set; } = "";
}

/// <summary>A learning action projected out of its case so action plans can be listed across cases.</summary>
internal sealed class LearningActionRow
{
    public Guid CaseId { get; set; }
    public int Number { get; set; }
    public string CaseReference { get; set; } = "";
    public string Team { get; set; } = "";
    public string Department { get; set; } = "";
    public string Owner { get; set; } = "";
    public LearningStatus Status { get; set; }
    public DateOnly TargetDate { get; set; }
    public string Document { get; set; } = "";
}

/// <summary>An intake key bound to the case being logged for it, before that case takes a reference.</summary>
internal sealed class IntakeClaimRow
{
    public string IntakeKey { get; set; } = "";
    public Guid CaseId { get; set; }
    public DateTimeOffset ClaimedAt { get; set; }
}

/// <summary>An email that belongs to a case (linked to it later, or sent by the council about it), by internet message id.
/// The email a case was made from is its intake key, on the case itself.</summary>
internal sealed class CaseMessageRow
{
    public string MessageId { get; set; } = "";
    public Guid CaseId { get; set; }
}

internal sealed class SequenceRow
{
    public string Name { get; set; } = "";
    public int Value { get; set; }
}

internal sealed class ConversationRow
{
    public string UserKey { get; set; } = "";
    public string Reference { get; set; } = "";
}

/// <summary>A deadline prompt in the ledger (<see cref="PromptEntry"/>). Instants are stored as UTC ticks so they order.</summary>
internal sealed class PromptRow
{
    public string Key { get; set; } = "";
    public int Version { get; set; }
    public Guid CaseId { get; set; }
    public string Reference { get; set; } = "";
    public string Recipient { get; set; } = "";
    public PromptState State { get; set; }
    public string? Claimant { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastFailure { get; set; }
    public DateTimeOffset? RetryAt { get; set; }

    public static PromptRow Of(PromptEntry entry, int version) => new()
    {
        Key = entry.Key, Version = version, CaseId = entry.CaseId, Reference = entry.Reference, Recipient = entry.Recipient,
        State = entry.State, Claimant = entry.Claimant, LeaseUntil = entry.LeaseUntil, Attempts = entry.Attempts,
        UpdatedAt = entry.UpdatedAt, SentAt = entry.SentAt, LastFailure = entry.LastFailure, RetryAt = entry.RetryAt,
    };

    public PromptEntry ToEntry() =>
        new(Key, CaseId, Reference, Recipient, State, Claimant, LeaseUntil, Attempts, UpdatedAt, SentAt, LastFailure, RetryAt);
}

/// <summary>One key of the person index (subject access search): a case, where on it, and the normalised value.</summary>
internal sealed class PersonKeyRow
{
    public Guid CaseId { get; set; }
    public Core.SubjectAccess.PersonField Field { get; set; }
    public string Key { get; set; } = "";
}

/// <summary>A subject access request: the request as JSON, and the day it was received to list by.</summary>
internal sealed class SubjectAccessRequestRow
{
    public Guid Id { get; set; }
    public string Reference { get; set; } = "";
    public DateOnly ReceivedOn { get; set; }
    public string Document { get; set; } = "";
}
