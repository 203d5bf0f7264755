using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.SubjectAccess;

/// <summary>A case a person search found: the case's index (no content about the child or family) and which of its
/// fields matched.</summary>
public sealed record PersonFound(Guid Id, string Reference, CaseKind Kind, string Team, DateOnly ReceivedOn, IReadOnlyList<PersonField> Matched);
