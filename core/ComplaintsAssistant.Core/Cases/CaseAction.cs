namespace ComplaintsAssistant.Core.Cases;

/// <summary>Every change a case can go through; <see cref="Workflow"/> decides which are allowed when.</summary>
public enum CaseAction
{
    Acknowledge,
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
