using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.EmailIntake.Classification;

/// <summary>A rule's answer: the kind, and the reason in words a complaints officer can check.</summary>
/// <param name="MemberName">The MP, MEP or councillor an enquiry is from, when the email says.</param>
public sealed record KindDecision(DraftKind Kind, string Reason, MemberType? MemberType = null, string? MemberName = null);
