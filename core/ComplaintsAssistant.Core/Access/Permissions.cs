using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Core.Access;

/// <summary>Who may see and do what. A social worker sees their team's cases; officers see all;
/// whoever owns a case may answer it whatever their role.</summary>
public static class Permissions
{
    /// <summary>Changes that belong to the complaints team: the procedure's gates and the money.</summary>
    private static readonly HashSet<CaseAction> OfficerOnly =
    [
        CaseAction.OpenNextStage, CaseAction.RefuseEscalation, CaseAction.ResolveByAdr,
        CaseAction.RecordPanelHearing, CaseAction.RecordRecommendations, CaseAction.RecordDecision,
        CaseAction.RecordOmbudsmanFinding, CaseAction.RecordPayment,
    ];

    /// <summary>Changes anyone who can see the case may make: learning is everyone's job.</summary>
    private static readonly HashSet<CaseAction> Anyone =
        [CaseAction.AddLearningAction, CaseAction.UpdateLearningAction, CaseAction.RequestEscalation, CaseAction.Acknowledge];

    public static bool CanSee(Actor actor, string team, string? owner) =>
        actor.SeesAllTeams || IsOwner(actor, owner) || actor.Teams.Contains(team, StringComparer.OrdinalIgnoreCase);

    public static DomainError? CheckSee(Actor actor, Case subject) =>
        CanSee(actor, subject.Team, subject.Owner) ? null : DomainError.NotFound($"Case {subject.Reference}");

    public static DomainError? CheckDo(Actor actor, Case subject, CaseAction action)
    {
        if (CheckSee(actor, subject) is { } hidden) return hidden;
        if (actor.Role == Role.ComplaintsOfficer || Anyone.Contains(action)) return null;
        if (OfficerOnly.Contains(action))
            return DomainError.Forbidden($"Only the complaints team can {Workflow.Describe(action)}.");
        if (actor.Role == Role.Manager || IsOwner(actor, subject.Owner)) return null;
        return DomainError.Forbidden($"Only the case owner, a manager or the complaints team can {Workflow.Describe(action)}.");
    }

    private static bool IsOwner(Actor actor, string? owner) => string.Equals(actor.Id, owner, StringComparison.OrdinalIgnoreCase);
}
