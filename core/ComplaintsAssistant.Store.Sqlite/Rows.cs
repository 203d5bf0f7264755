using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Learning;

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
