namespace ComplaintsAssistant.Core.Cases;

/// <summary>The finding on a complaint, a stage or a single concern (domain.md, "Per stage").</summary>
public enum Outcome
{
    Upheld,
    PartiallyUpheld,
    NotUpheld,
    Withdrawn,
    /// <summary>Out of jurisdiction / rejected.</summary>
    Rejected,
    InProgress,
}

/// <summary>What the council did to put things right; a response may record several.</summary>
public enum Resolution
{
    Apology,
    ExplanationGiven,
    InformationProvided,
    ChangeToAssessment,
    ChangeToPractice,
    FinancialAward,
    ReassessmentOrReallocation,
    ReportProvided,
    MeetingHeld,
    NoFurtherAction,
}
