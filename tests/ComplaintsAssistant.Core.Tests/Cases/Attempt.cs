using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Learning;
using static ComplaintsAssistant.Core.Tests.Cases.Given;

namespace ComplaintsAssistant.Core.Tests.Cases;

/// <summary>Every change a case can go through, tried with input that would be valid on an open case,
/// so a refusal can only come from the workflow.</summary>
internal static class Attempt
{
    private static readonly Dictionary<CaseAction, Func<Case, DomainError?>> Actions = new()
    {
        [CaseAction.Acknowledge] = c => c.Acknowledge(Day("2026-05-05"), Manager, Now).Error,
        [CaseAction.AgreeStatement] = c => c.AgreeStatement(Day("2026-12-01"), Manager, Now).Error,
        [CaseAction.ReagreeStatement] = c => c.ReagreeStatement(Day("2026-12-01"), "Complaint widened at a meeting.", "officer-1", Now).Error,
        [CaseAction.RecordResponse] = c => c.RecordResponse(ResponseTo(c, "2026-12-01"), Manager, Now).Error,
        [CaseAction.Extend] = c => c.Extend(20, ExtensionGround.Complex, "complex", true, Day("2026-05-12"), Manager, Now).Error,
        [CaseAction.Reassign] = c => c.Reassign("manager-2", Manager, Now).Error,
        [CaseAction.RequestEscalation] = c => c.RequestEscalation(Day("2026-12-01"), "late", Logger, Now, Rules).Error,
        [CaseAction.OpenNextStage] = c => c.OpenNextStage(new NextStage("someone-new", Day("2026-12-01"), IndependentPerson), "officer-1", Now, Rules).Error,
        [CaseAction.RefuseEscalation] = c => c.RefuseEscalation(RefusalGround.Other, "note", Day("2026-12-01"), "officer-1", Now).Error,
        [CaseAction.ResolveByAdr] = c => c.ResolveByAdr(Day("2026-12-01"), "note", "officer-1", Now).Error,
        [CaseAction.RecordPanelHearing] = c => c.RecordPanelHearing(Day("2026-12-01"), Panel, "officer-1", Now, Rules).Error,
        [CaseAction.RecordRecommendations] = c => c.RecordRecommendations(Day("2026-12-01"), "officer-1", Now, Rules).Error,
        [CaseAction.RecordDecision] = c => c.RecordDecision(ResponseTo(c, "2026-12-01"), "director-1", Now).Error,
        [CaseAction.RecordOmbudsmanFinding] = c => c.RecordOmbudsmanFinding(OmbudsmanFinding.NotUpheld, "officer-1", Now).Error,
        [CaseAction.Close] = c => c.Close(Day("2026-12-01"), null, Manager, Now).Error,
        [CaseAction.Withdraw] = c => c.Withdraw(Day("2026-12-01"), "Complainant withdrew.", Manager, Now).Error,
        [CaseAction.AddLearningAction] = c => c.AddLearningAction(Learning(), Manager, Now).Error,
        [CaseAction.UpdateLearningAction] = c => c.UpdateLearningAction(1, LearningStatus.InProgress, null, Manager, Now).Error,
        [CaseAction.RecordPayment] = c => c.RecordPayment(new Payment(PaymentKind.RemedyPayment, 1000m, "Delay and distress", Day("2026-12-01")), "officer-1", Now).Error,
    };

    public static DomainError? Do(this Case c, CaseAction action) => Actions[action](c);

    public static NewLearningAction Learning(string targetDate = "2027-06-30") =>
        new("Calls not returned", "Staff must call back within a day", "Add call-back to duty rota", "Children in Care", "manager-1", Day(targetDate));

    /// <summary>The rule a status refusal carries (see Workflow).</summary>
    public static string NotAllowedRule(CaseAction action) => action switch
    {
        CaseAction.RecordResponse => "response-not-allowed",
        CaseAction.RequestEscalation => "escalation-not-allowed",
        CaseAction.OpenNextStage => "next-stage-not-allowed",
        _ => $"{action.ToString().ToLowerInvariant()}-not-allowed",
    };
}
