namespace ComplaintsAssistant.Core.Cases;

/// <summary>Who sent a member enquiry.</summary>
/// <param name="OnBehalfOf">The constituent the member wrote for (personal data: stored, never logged or reported).</param>
public sealed record MemberDetails(MemberType Type, string MemberName, string? OnBehalfOf = null);

public enum MemberType { MP, MEP, Councillor }

/// <summary>A compliment: who it praises, what about, from whom, and the words themselves (quoted in the annual report).</summary>
/// <param name="AboutWorker">Who or what it is about (the import's <c>about</c>): a worker, a team, a service.</param>
/// <param name="SourceWords">Who it came from in the council's own words, as written where it was recorded (the import's
/// <c>source</c>, e.g. "Independent Reviewing Officer"); null where a choice of <paramref name="Source"/> was all there was.</param>
public sealed record ComplimentDetails(string Category, ComplimentSource Source, string Words, string? AboutWorker = null, string? SourceWords = null)
{
    /// <summary>Who it came from as reports show it: one of the well-known sources when it is one, otherwise the council's
    /// words (a source the well-known list lacks is not lost as "Other").</summary>
    public string ReportedSource => Source == ComplimentSource.Other && !string.IsNullOrWhiteSpace(SourceWords) ? SourceWords.Trim() : Source.ToString();
}

public enum ComplimentSource { ParentOrCarer, Professional, PoliceJudgeOrLegal, YoungPerson, FosterCarer, School, Adopter, Other }

/// <summary>An Ombudsman enquiry about an earlier complaint, and what the Ombudsman decided.</summary>
/// <param name="Body">Which Ombudsman, as the council names it (e.g. "LGSCO").</param>
/// <param name="LgscoCategory">The Ombudsman's own category of the complaint, e.g. "Education &amp; Children's Services".</param>
/// <param name="ServiceArea">The council's service area the enquiry is about.</param>
/// <param name="Decision">The Ombudsman's decision type, as its annual letter counts them.</param>
/// <param name="Finding">The finding of an investigation (maladministration and injustice, …).</param>
/// <param name="Remedy">What the Ombudsman asked the council to do, in its words.</param>
public sealed record OmbudsmanDetails(
    string? OmbudsmanReference,
    string? RelatedCaseReference,
    OmbudsmanFinding? Finding = null,
    string? Body = null,
    string? LgscoCategory = null,
    string? ServiceArea = null,
    OmbudsmanDecision? Decision = null,
    DateOnly? DecidedOn = null,
    string? Remedy = null,
    decimal? RemedyAmount = null);

/// <summary>The decisions the LGSCO publishes in its annual review letters.</summary>
public enum OmbudsmanDecision
{
    Upheld,
    NotUpheld,
    ClosedAfterInitialEnquiries,
    /// <summary>Premature: the council's procedure had not finished.</summary>
    ReferredBackForLocalResolution,
    AdviceGiven,
    IncompleteOrInvalid,
}

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
