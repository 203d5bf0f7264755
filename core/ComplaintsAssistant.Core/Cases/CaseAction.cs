namespace ComplaintsAssistant.Core.Cases;

/// <summary>Every change a case can go through; <see cref="Workflow"/> decides which are allowed when.</summary>
public enum CaseAction
{
    Acknowledge,
    /// <summary>The written statement of complaint was agreed with the complainant: stage 2 counts from it at some councils.</summary>
    AgreeStatement,
    /// <summary>The statement was agreed again, moving the stage 2 clock: the complaints team records why.</summary>
    ReagreeStatement,
    RecordResponse,
    Extend,
    Reassign,
    RequestEscalation,
    OpenNextStage,
    RefuseEscalation,
    ResolveByAdr,
    RecordPanelHearing,
    RecordRecommendations,
    RecordDecision,
    RecordOmbudsmanFinding,
    Close,
    Withdraw,
    AddLearningAction,
    UpdateLearningAction,
    RecordPayment,
}
