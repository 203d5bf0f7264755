using ComplaintsAssistant.Core.Learning;

namespace ComplaintsAssistant.Core.Cases;

/// <summary>The whole state of a case as an immutable value: what stores persist and restore.
/// Only <see cref="Case"/>'s methods make a new one, so the rules hold for every stored case.</summary>
public sealed record CaseSnapshot(
    Guid Id,
    string Reference,
    CaseKind Kind,
    CaseStatus Status,
    DateOnly ReceivedOn,
    HowReceived HowReceived,
    string ReceivedBy,
    string Team,
    DateTimeOffset CreatedAt,
    string? Summary,
    Complainant? Complainant,
    IReadOnlyList<ChildConcerned> Children,
    IReadOnlyList<Concern> Concerns,
    IReadOnlyList<StageRecord> Stages,
    IReadOnlyList<Escalation> Escalations,
    IReadOnlyList<Payment> Payments,
    IReadOnlyList<LearningAction> LearningActions,
    IReadOnlyList<AuditEntry> Audit,
    MemberDetails? Member = null,
    ComplimentDetails? Compliment = null,
    OmbudsmanDetails? Ombudsman = null,
    DateOnly? MattersAroseOn = null,
    string? LateAcceptanceReason = null,
    string? IntakeKey = null,
    DateOnly? ClosedOn = null,
    string? ClosureNote = null);
