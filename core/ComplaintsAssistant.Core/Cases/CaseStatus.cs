namespace ComplaintsAssistant.Core.Cases;

/// <summary>Where a case is in its procedure. The stage number is kept separately on the case.</summary>
public enum CaseStatus
{
    /// <summary>A stage is open and its response clock is running.</summary>
    InProgress,
    /// <summary>The current stage has been answered; the complainant may still ask to escalate.</summary>
    Responded,
    /// <summary>The complainant asked for the next stage; the council must open it, refuse it or resolve it by ADR.</summary>
    EscalationRequested,
    /// <summary>Stage 3 only: the review panel has met; its recommendations are awaited.</summary>
    PanelHeld,
    /// <summary>Stage 3 only: the panel's recommendations are in; the Director's decision is awaited.</summary>
    RecommendationsIssued,
    Closed,
    Withdrawn,
    /// <summary>A compliment or comment: recorded, nothing to answer.</summary>
    Logged,
}

public static class CaseStatusRules
{
    public static bool IsOpen(this CaseStatus status) => status is not (CaseStatus.Closed or CaseStatus.Withdrawn or CaseStatus.Logged);
}
