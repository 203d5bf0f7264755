using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Core.Cases;

/// <summary>The one place that decides whether a case may go through a change now. Every refusal says why.</summary>
public static class Workflow
{
    private static readonly CaseStatus[] Running = [CaseStatus.InProgress];
    private static readonly CaseStatus[] Open =
        [CaseStatus.InProgress, CaseStatus.Responded, CaseStatus.EscalationRequested, CaseStatus.PanelHeld, CaseStatus.RecommendationsIssued];

    private static readonly Dictionary<CaseAction, CaseStatus[]> AllowedFrom = new()
    {
        [CaseAction.Acknowledge] = Running,
        [CaseAction.AgreeStatement] = Running,
        [CaseAction.ReagreeStatement] = Running,
        [CaseAction.RecordResponse] = Running,
        [CaseAction.Extend] = Running,
        [CaseAction.Reassign] = Open,
        [CaseAction.RequestEscalation] = [CaseStatus.Responded],
        [CaseAction.OpenNextStage] = [CaseStatus.EscalationRequested],
        [CaseAction.RefuseEscalation] = [CaseStatus.EscalationRequested],
        [CaseAction.ResolveByAdr] = [CaseStatus.EscalationRequested],
        [CaseAction.RecordPanelHearing] = Running,
        [CaseAction.RecordRecommendations] = [CaseStatus.PanelHeld],
        [CaseAction.RecordDecision] = [CaseStatus.RecommendationsIssued],
        [CaseAction.RecordOmbudsmanFinding] = [CaseStatus.InProgress, CaseStatus.Responded],
        [CaseAction.Close] = [CaseStatus.Responded],
        [CaseAction.Withdraw] = Open,
        [CaseAction.AddLearningAction] = [.. Open, CaseStatus.Closed, CaseStatus.Withdrawn, CaseStatus.Logged],
        [CaseAction.UpdateLearningAction] = [.. Open, CaseStatus.Closed, CaseStatus.Withdrawn, CaseStatus.Logged],
        // Costs already incurred (an investigator's fee) are recorded even after a withdrawal.
        [CaseAction.RecordPayment] = [.. Open, CaseStatus.Closed, CaseStatus.Withdrawn],
    };

    /// <summary>Null when <paramref name="action"/> is allowed on <paramref name="subject"/> now; otherwise the reason it is not.</summary>
    public static DomainError? Check(Case subject, CaseAction action)
    {
        if (action == CaseAction.RequestEscalation && OmbudsmanRoute.Refusal(subject) is { } endOfTheRoad) return endOfTheRoad;
        if (!AllowedFrom[action].Contains(subject.Status))
            return DomainError.Refused($"{Rule(action)}-not-allowed",
                $"Can't {Describe(action)}: {subject.Reference} is {Describe(subject.Status)}.");

        var stage = subject.CurrentStage?.Number ?? 0;
        var kind = subject.Kind;
        return action switch
        {
            CaseAction.Acknowledge when subject.CurrentStage?.AcknowledgedOn is { } acknowledged =>
                DomainError.Refused("already-acknowledged", $"Stage {stage} was already acknowledged on {UkDate.InWords(acknowledged)}."),
            CaseAction.AgreeStatement or CaseAction.ReagreeStatement when subject.CurrentStage!.ClockBasis != ClockBasis.AgreedStatement =>
                DomainError.Refused("not-counted-from-statement", $"Stage {stage} is not counted from an agreed statement of complaint."),
            CaseAction.AgreeStatement when subject.StatementAgreedOn is { } agreed =>
                DomainError.Refused("statement-already-agreed",
                    $"The statement of complaint for stage {stage} was agreed on {UkDate.InWords(agreed)} and the stage {stage} clock counts from that day. " +
                    "Agreeing it again moves the due date, so only the complaints team can record it, with the reason for agreeing it again."),
            CaseAction.ReagreeStatement when subject.StatementAgreedOn is null =>
                DomainError.Refused("statement-not-agreed",
                    $"The statement of complaint for stage {stage} has not been agreed yet, so there is nothing to agree again: record the agreement without a reason."),
            CaseAction.RecordResponse when kind == CaseKind.StatutoryComplaint && stage == 3 =>
                DomainError.Refused("stage3-has-panel", "Stage 3 is answered by the review panel: record the hearing, the recommendations and the decision."),
            CaseAction.Extend when stage == 3 =>
                DomainError.Refused("stage3-not-extendable", "Stage 3 timescales cannot be extended."),
            // A complaint at its last stage got the way to the Ombudsman above; this is for the other kinds.
            CaseAction.RequestEscalation or CaseAction.OpenNextStage or CaseAction.RefuseEscalation or CaseAction.ResolveByAdr
                when stage >= kind.StageCount() =>
                DomainError.Refused("no-further-stage", $"There is nothing to escalate to: this {Describe(kind)} has no stage after stage {stage}."),
            CaseAction.RecordPanelHearing or CaseAction.RecordRecommendations or CaseAction.RecordDecision when stage != 3 =>
                DomainError.Refused("not-at-stage3", "Review panel steps apply only at stage 3 of a statutory complaint."),
            CaseAction.RecordOmbudsmanFinding when kind != CaseKind.OmbudsmanEnquiry =>
                DomainError.Refused("not-ombudsman-enquiry", "Only an Ombudsman enquiry has an Ombudsman finding."),
            _ => null,
        };
    }

    private static string Rule(CaseAction action) => action switch
    {
        CaseAction.RecordResponse => "response",
        CaseAction.RequestEscalation => "escalation",
        CaseAction.OpenNextStage => "next-stage",
        _ => action.ToString().ToLowerInvariant(),
    };

    public static string Describe(CaseAction action) => action switch
    {
        CaseAction.Acknowledge => "record an acknowledgement",
        CaseAction.AgreeStatement => "record the agreed statement of complaint",
        CaseAction.ReagreeStatement => "record that the statement of complaint was agreed again",
        CaseAction.RecordResponse => "record a response",
        CaseAction.Extend => "extend the timescale",
        CaseAction.Reassign => "reassign the case",
        CaseAction.RequestEscalation => "request escalation",
        CaseAction.OpenNextStage => "open the next stage",
        CaseAction.RefuseEscalation => "refuse the escalation",
        CaseAction.ResolveByAdr => "resolve the escalation by ADR",
        CaseAction.RecordPanelHearing => "record the panel hearing",
        CaseAction.RecordRecommendations => "record the panel's recommendations",
        CaseAction.RecordDecision => "record the decision",
        CaseAction.RecordOmbudsmanFinding => "record the Ombudsman's finding",
        CaseAction.Close => "close the case",
        CaseAction.Withdraw => "withdraw the case",
        CaseAction.AddLearningAction => "add a learning action",
        CaseAction.UpdateLearningAction => "update a learning action",
        CaseAction.RecordPayment => "record a payment",
        _ => action.ToString(),
    };

    public static string Describe(CaseStatus status) => status switch
    {
        CaseStatus.InProgress => "in progress",
        CaseStatus.Responded => "responded to",
        CaseStatus.EscalationRequested => "awaiting a decision on escalation",
        CaseStatus.PanelHeld => "awaiting the panel's recommendations",
        CaseStatus.RecommendationsIssued => "awaiting the decision",
        CaseStatus.Closed => "closed",
        CaseStatus.Withdrawn => "withdrawn",
        CaseStatus.Logged => "a logged record with nothing to answer",
        _ => status.ToString(),
    };

    public static string Describe(CaseKind kind) => kind switch
    {
        CaseKind.StatutoryComplaint => "statutory complaint",
        CaseKind.CorporateComplaint => "corporate complaint",
        CaseKind.InformalRepresentation => "informal representation",
        CaseKind.MemberEnquiry => "member enquiry",
        CaseKind.OmbudsmanEnquiry => "Ombudsman enquiry",
        CaseKind.Compliment => "compliment",
        CaseKind.Comment => "comment",
        _ => kind.ToString(),
    };
}
