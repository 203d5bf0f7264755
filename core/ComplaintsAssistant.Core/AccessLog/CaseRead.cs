namespace ComplaintsAssistant.Core.AccessLog;

/// <summary>One read of a case: who, when, which case, through what, and whether they were shown it. Never the case's
/// content: the reference identifies the case to an officer without opening it.</summary>
/// <param name="ReaderId">The reader's id (Entra object id or local persona), never a name.</param>
/// <param name="Refused">True when the reader asked for a case they may not see and was shown nothing.</param>
public sealed record CaseRead(Guid CaseId, string Reference, string ReaderId, DateTimeOffset At, ReadChannel Through, bool Refused = false);
