namespace ComplaintsAssistant.Core.Cases;

/// <summary>The finding on a complaint, a stage or a single concern (domain.md, "Per stage"; import-format.md).</summary>
public enum Outcome
{
    Upheld,
    PartiallyUpheld,
    NotUpheld,
    Withdrawn,
    /// <summary>Out of jurisdiction / rejected (stored as <c>rejected</c> before document version 2).</summary>
    OutOfJurisdiction,
    InProgress,
    /// <summary>A concern settled without a finding, e.g. at a meeting. A concern's outcome only: a stage's response has a finding.</summary>
    ResolvedInformally,
}

/// <summary>What the council did to put things right; a response may record several. The first thirteen are the
/// import's codes (import-format.md), the rest values councils record that the import has no code for.</summary>
public enum Resolution
{
    Apology,
    ExplanationOfDecision,
    ExplanationGiven,
    InformationProvided,
    ChangeOfSocialWorker,
    ViewRecordedOnFile,
    AdditionalCaseMonitoring,
    AdvocacyProvided,
    MeetingHeld,
    ChangeToPractice,
    ServiceProvided,
    /// <summary>Financial assessment, award or remedy (stored as <c>financialAward</c> before document version 2).</summary>
    FinancialRemedy,
    ResolvedInformally,
    ChangeToAssessment,
    ReassessmentOrReallocation,
    ReportProvided,
    NoFurtherAction,
}
