using System.Collections.Frozen;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Core.Access;

/// <summary>Who may see and do what. A social worker sees their team's cases; officers see all;
/// whoever owns a case may answer it whatever their role.</summary>
public static class Permissions
{
    /// <summary>Every change with who may make it, in one table. Nothing falls through to a default: an action
    /// missing here throws, and a test fails until it has its rule.</summary>
    public static IReadOnlyDictionary<CaseAction, WhoMay> Rules { get; } = new Dictionary<CaseAction, WhoMay>
    {
        // Everyday tasks, and learning is everyone's job.
        [CaseAction.Acknowledge] = WhoMay.AnyoneWhoSeesIt,
        [CaseAction.RequestEscalation] = WhoMay.AnyoneWhoSeesIt,
        [CaseAction.AddLearningAction] = WhoMay.AnyoneWhoSeesIt,
        [CaseAction.UpdateLearningAction] = WhoMay.AnyoneWhoSeesIt,

        // Answering the case.
        [CaseAction.RecordResponse] = WhoMay.OwnerOrManager,
        [CaseAction.Extend] = WhoMay.OwnerOrManager,
        [CaseAction.Reassign] = WhoMay.OwnerOrManager,
        [CaseAction.Close] = WhoMay.OwnerOrManager,
        [CaseAction.Withdraw] = WhoMay.OwnerOrManager,

        // The agreed statement starts the stage 2 clock: the investigating officer agrees it with the complainant.
        [CaseAction.AgreeStatement] = WhoMay.StageOwner,

        // The procedure's gates, the money, and moving a clock already started from an agreed statement.
        [CaseAction.ReagreeStatement] = WhoMay.ComplaintsTeam,
        [CaseAction.OpenNextStage] = WhoMay.ComplaintsTeam,
        [CaseAction.RefuseEscalation] = WhoMay.ComplaintsTeam,
        [CaseAction.ResolveByAdr] = WhoMay.ComplaintsTeam,
        [CaseAction.RecordPanelHearing] = WhoMay.ComplaintsTeam,
        [CaseAction.RecordRecommendations] = WhoMay.ComplaintsTeam,
        [CaseAction.RecordDecision] = WhoMay.ComplaintsTeam,
        [CaseAction.RecordOmbudsmanFinding] = WhoMay.ComplaintsTeam,
        [CaseAction.RecordPayment] = WhoMay.ComplaintsTeam,
    }.ToFrozenDictionary();

    public static bool CanSee(Actor actor, string team, string? owner) =>
        actor.SeesAllTeams || IsOwner(actor, owner) || actor.Teams.Contains(team, StringComparer.OrdinalIgnoreCase);

    public static DomainError? CheckSee(Actor actor, Case subject) =>
        CanSee(actor, subject.Team, subject.Owner) ? null : DomainError.NotFound($"Case {subject.Reference}");

    public static DomainError? CheckDo(Actor actor, Case subject, CaseAction action)
    {
        if (CheckSee(actor, subject) is { } hidden) return hidden;
        if (!Rules.TryGetValue(action, out var who))
            throw new InvalidOperationException($"{action} has no rule in Permissions.Rules: say who may do it.");
        if (actor.Role == Role.ComplaintsOfficer) return null;

        var owner = IsOwner(actor, subject.Owner);
        var may = who switch
        {
            WhoMay.AnyoneWhoSeesIt => true,
            WhoMay.OwnerOrManager => owner || actor.Role == Role.Manager,
            WhoMay.StageOwner => owner,
            _ => false,
        };
        return may ? null : DomainError.Forbidden($"Only {Describe(who, subject)} can {Workflow.Describe(action)}.");
    }

    private static string Describe(WhoMay who, Case subject) => who switch
    {
        WhoMay.OwnerOrManager => "the case owner, a manager or the complaints team",
        WhoMay.StageOwner => subject.CurrentStage is { } stage ? $"the owner of stage {stage.Number} or the complaints team" : "the complaints team",
        _ => "the complaints team",
    };

    private static bool IsOwner(Actor actor, string? owner) => string.Equals(actor.Id, owner, StringComparison.OrdinalIgnoreCase);
}
