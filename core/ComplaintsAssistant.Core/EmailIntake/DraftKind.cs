using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.EmailIntake;

/// <summary>What an email is proposed to be: one of the kinds of record, or not a case at all.</summary>
public enum DraftKind
{
    StatutoryComplaint,
    CorporateComplaint,
    InformalRepresentation,
    MemberEnquiry,
    OmbudsmanEnquiry,
    Compliment,
    Comment,
    /// <summary>Auto-replies, bounces, newsletters, phishing, internal admin.</summary>
    NotACase,
}

public static class DraftKinds
{
    /// <summary>The case kind to create, or null for <see cref="DraftKind.NotACase"/>.</summary>
    public static CaseKind? ToCaseKind(this DraftKind kind) => kind == DraftKind.NotACase ? null : (CaseKind)(int)kind;

    public static DraftKind ToDraftKind(this CaseKind kind) => (DraftKind)(int)kind;
}
