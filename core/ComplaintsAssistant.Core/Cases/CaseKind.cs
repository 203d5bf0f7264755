namespace ComplaintsAssistant.Core.Cases;

/// <summary>The kinds of representation a council records (domain.md, "Kinds of record").</summary>
public enum CaseKind
{
    /// <summary>Children Act 1989 Representations Procedure (England) Regulations 2006: three stages.</summary>
    StatutoryComplaint,
    /// <summary>The council's own two-stage procedure (LGSCO Complaint Handling Code).</summary>
    CorporateComplaint,
    /// <summary>A concern resolved informally, counted separately; may become a complaint.</summary>
    InformalRepresentation,
    /// <summary>From an MP, MEP or councillor on behalf of a constituent.</summary>
    MemberEnquiry,
    /// <summary>The Local Government &amp; Social Care Ombudsman asks about or investigates a complaint.</summary>
    OmbudsmanEnquiry,
    Compliment,
    Comment,
}

public static class CaseKindRules
{
    /// <summary>Kinds that run a response clock and need an owner to answer.</summary>
    public static bool HasClock(this CaseKind kind) => kind is not (CaseKind.Compliment or CaseKind.Comment);

    /// <summary>How many stages the kind's procedure has.</summary>
    public static int StageCount(this CaseKind kind) => kind switch
    {
        CaseKind.StatutoryComplaint => 3,
        CaseKind.CorporateComplaint => 2,
        CaseKind.Compliment or CaseKind.Comment => 0,
        _ => 1,
    };

    /// <summary>What people call one in a sentence: "the complaint", "the enquiry".</summary>
    public static string Noun(this CaseKind kind) => kind switch
    {
        CaseKind.StatutoryComplaint or CaseKind.CorporateComplaint => "complaint",
        CaseKind.MemberEnquiry or CaseKind.OmbudsmanEnquiry => "enquiry",
        CaseKind.InformalRepresentation => "representation",
        CaseKind.Compliment => "compliment",
        CaseKind.Comment => "comment",
        _ => "case",
    };

    /// <summary>Two-letter prefix of the kind's reference numbers, easy to say on the phone.</summary>
    public static string ReferencePrefix(this CaseKind kind) => kind switch
    {
        CaseKind.StatutoryComplaint => "CC",
        CaseKind.CorporateComplaint => "CP",
        CaseKind.InformalRepresentation => "IR",
        CaseKind.MemberEnquiry => "ME",
        CaseKind.OmbudsmanEnquiry => "LG",
        CaseKind.Compliment => "CO",
        CaseKind.Comment => "CM",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
