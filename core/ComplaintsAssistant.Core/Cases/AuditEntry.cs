namespace ComplaintsAssistant.Core.Cases;

/// <summary>One change to a case: who, when, what. Kept forever with the case.</summary>
/// <param name="Action">A stable name for the change, e.g. <c>stage-extended</c>.</param>
/// <param name="Detail">A short description without personal details; where a rule asks for the reason for a change to
/// be kept with it (a statement of complaint agreed again), the reason the officer gave.</param>
public sealed record AuditEntry(DateTimeOffset At, string ActorId, string Action, string Detail);
