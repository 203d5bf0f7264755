using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.Retention;

/// <summary>A class of record in the council's retention schedule. A case's learning actions are kept with it, so
/// they are not a class of their own.</summary>
public enum RecordClass
{
    StatutoryComplaint,
    CorporateComplaint,
    InformalRepresentation,
    MemberEnquiry,
    OmbudsmanEnquiry,
    Compliment,
    Comment,
}

public static class RecordClasses
{
    public static RecordClass Of(CaseKind kind) => kind switch
    {
        CaseKind.StatutoryComplaint => RecordClass.StatutoryComplaint,
        CaseKind.CorporateComplaint => RecordClass.CorporateComplaint,
        CaseKind.InformalRepresentation => RecordClass.InformalRepresentation,
        CaseKind.MemberEnquiry => RecordClass.MemberEnquiry,
        CaseKind.OmbudsmanEnquiry => RecordClass.OmbudsmanEnquiry,
        CaseKind.Compliment => RecordClass.Compliment,
        CaseKind.Comment => RecordClass.Comment,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A kind of case with no class in the retention schedule."),
    };

    /// <summary>"statutory complaints": how the class reads in a schedule or a disposal list.</summary>
    public static string InWords(this RecordClass recordClass) => recordClass switch
    {
        RecordClass.StatutoryComplaint => "statutory complaints",
        RecordClass.CorporateComplaint => "corporate complaints",
        RecordClass.InformalRepresentation => "informal representations",
        RecordClass.MemberEnquiry => "member enquiries",
        RecordClass.OmbudsmanEnquiry => "Ombudsman enquiries",
        RecordClass.Compliment => "compliments",
        RecordClass.Comment => "comments",
        _ => throw new ArgumentOutOfRangeException(nameof(recordClass), recordClass, null),
    };
}
