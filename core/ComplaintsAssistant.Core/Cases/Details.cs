namespace ComplaintsAssistant.Core.Cases;

/// <summary>Who sent a member enquiry.</summary>
public sealed record MemberDetails(MemberType Type, string MemberName);

public enum MemberType { MP, MEP, Councillor }

/// <summary>A compliment: who it praises, what about, from whom, and the words themselves (quoted in the annual report).</summary>
public sealed record ComplimentDetails(string Category, ComplimentSource Source, string Words, string? AboutWorker = null);

public enum ComplimentSource { ParentOrCarer, Professional, PoliceJudgeOrLegal, YoungPerson, FosterCarer, School, Adopter, Other }

/// <summary>An Ombudsman enquiry about an earlier complaint.</summary>
public sealed record OmbudsmanDetails(
    string? OmbudsmanReference,
    string? RelatedCaseReference,
    OmbudsmanFinding? Finding = null);

/// <summary>LGSCO decision categories, old and new (domain.md).</summary>
public enum OmbudsmanFinding
{
    MaladministrationNoInjustice,
    MaladministrationAndInjustice,
    NoMaladministration,
    OmbudsmanDiscretion,
    LocalSettlement,
    OutsideJurisdiction,
    Discontinued,
    PrematureOrInformal,
    Upheld,
    NotUpheld,
    PartialFinding,
}
