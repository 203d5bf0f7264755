using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Tests.Cases;
using static ComplaintsAssistant.Core.Tests.Cases.Given;

namespace ComplaintsAssistant.Core.Tests.Access;

public class PermissionsTests
{
    // The case: team "Children in Care", owned by manager-1.
    private static readonly Case Subject = StatutoryCase();

    private static readonly Actor TeamStaff = new("staff-1", "Sam Staff", Role.Staff, ["Children in Care"]);
    private static readonly Actor OwnerStaff = new(Manager, "Olu Owner", Role.Staff, ["Fostering"]);
    private static readonly Actor TeamManager = new("manager-2", "Mo Manager", Role.Manager, ["children in care"]);
    private static readonly Actor Officer = new("officer-1", "Ola Officer", Role.ComplaintsOfficer, []);
    private static readonly Actor OtherTeamStaff = new("staff-9", "Other Staff", Role.Staff, ["Fostering"]);
    private static readonly Actor OtherTeamManager = new("manager-9", "Other Manager", Role.Manager, ["Fostering"]);

    private static readonly CaseAction[] OfficerOnly =
    [
        CaseAction.ReagreeStatement, CaseAction.OpenNextStage, CaseAction.RefuseEscalation, CaseAction.ResolveByAdr, CaseAction.RecordPanelHearing,
        CaseAction.RecordRecommendations, CaseAction.RecordDecision, CaseAction.RecordOmbudsmanFinding, CaseAction.RecordPayment,
    ];

    private static readonly CaseAction[] OwnerOrManager =
    [
        CaseAction.RecordResponse, CaseAction.Extend, CaseAction.Reassign, CaseAction.Close, CaseAction.Withdraw,
    ];

    private static readonly CaseAction[] StageOwnerOnly = [CaseAction.AgreeStatement];

    // Acknowledging stays open to all: it is a one-off (a second is refused), dated no later than today, audited,
    // and the team member who took the complaint is often the one who acknowledges it.
    private static readonly CaseAction[] AnyoneWhoSeesIt =
        [CaseAction.Acknowledge, CaseAction.RequestEscalation, CaseAction.AddLearningAction, CaseAction.UpdateLearningAction];

    [Fact]
    public void TheTablesCoverEveryAction()
    {
        Assert.Equal(Enum.GetValues<CaseAction>().Order(), OfficerOnly.Concat(OwnerOrManager).Concat(StageOwnerOnly).Concat(AnyoneWhoSeesIt).Order());
    }

    public static TheoryData<CaseAction> EveryAction => new(Enum.GetValues<CaseAction>());

    [Theory]
    [MemberData(nameof(EveryAction))]
    public void RulesSayWhoMayDoEveryAction(CaseAction action)
    {
        // A new action without a rule must never fall through to a default.
        Assert.True(Permissions.Rules.ContainsKey(action), $"{action} has no rule in Permissions.Rules.");
    }

    [Fact]
    public void CheckDoFailsLoudlyOnAnActionWithoutARule()
    {
        Assert.Throws<InvalidOperationException>(() => Permissions.CheckDo(TeamStaff, Subject, (CaseAction)999));
    }

    [Theory]
    [MemberData(nameof(EveryAction))]
    public void CheckDoLetsAnOfficerDoAnything(CaseAction action)
    {
        Assert.Null(Permissions.CheckDo(Officer, Subject, action));
    }

    [Theory]
    [MemberData(nameof(EveryAction))]
    public void CheckDoLetsTheTeamsStaffDoOnlyWhatAnyoneMay(CaseAction action)
    {
        var error = Permissions.CheckDo(TeamStaff, Subject, action);

        if (AnyoneWhoSeesIt.Contains(action)) Assert.Null(error);
        else Refused.Because(error, ErrorKind.Forbidden, null, "not-permitted");
    }

    [Theory]
    [InlineData(CaseAction.RecordResponse, "Only the case owner, a manager or the complaints team can record a response.")]
    [InlineData(CaseAction.Extend, "Only the case owner, a manager or the complaints team can extend the timescale.")]
    [InlineData(CaseAction.OpenNextStage, "Only the complaints team can open the next stage.")]
    [InlineData(CaseAction.AgreeStatement, "Only the owner of stage 1 or the complaints team can record the agreed statement of complaint.")]
    [InlineData(CaseAction.ReagreeStatement, "Only the complaints team can record that the statement of complaint was agreed again.")]
    public void CheckDoSaysWhoMay(CaseAction action, string message)
    {
        Assert.Equal(message, Permissions.CheckDo(TeamStaff, Subject, action)!.Message);
    }

    [Theory]
    [MemberData(nameof(EveryAction))]
    public void CheckDoLetsTheOwnerAnswerButNotPassTheGates(CaseAction action)
    {
        var error = Permissions.CheckDo(OwnerStaff, Subject, action);

        if (OfficerOnly.Contains(action)) Refused.Because(error, ErrorKind.Forbidden, null, "not-permitted");
        else Assert.Null(error);
    }

    [Theory]
    [MemberData(nameof(EveryAction))]
    public void CheckDoLetsAManagerOfTheTeamAnswerButNotPassTheGatesOrAgreeAnotherOwnersStatement(CaseAction action)
    {
        var error = Permissions.CheckDo(TeamManager, Subject, action);

        if (OfficerOnly.Contains(action) || StageOwnerOnly.Contains(action)) Refused.Because(error, ErrorKind.Forbidden, null, "not-permitted");
        else Assert.Null(error);
    }

    [Theory]
    [MemberData(nameof(EveryAction))]
    public void CheckDoHidesAnotherTeamsCaseAsNotFound(CaseAction action)
    {
        foreach (var outsider in new[] { OtherTeamStaff, OtherTeamManager })
        {
            var error = Refused.Because(Permissions.CheckDo(outsider, Subject, action), ErrorKind.NotFound, null, "not-found");
            Assert.Equal("Case CC-2026-0001 was not found.", error.Message);
        }
    }

    [Fact]
    public void CanSeeByTeamOwnershipOrRole()
    {
        Assert.True(Permissions.CanSee(TeamStaff, "Children in Care", "manager-1"));
        Assert.True(Permissions.CanSee(TeamManager, "Children in Care", null)); // team names compare without case
        Assert.True(Permissions.CanSee(OwnerStaff, "Children in Care", "MANAGER-1"));
        Assert.True(Permissions.CanSee(Officer, "Adoption", null));
        Assert.False(Permissions.CanSee(OtherTeamStaff, "Children in Care", "manager-1"));
        Assert.False(Permissions.CanSee(OtherTeamManager, "Children in Care", null));
    }

    [Fact]
    public void CheckSeeHidesAComplimentFromAnotherTeam()
    {
        Refused.Because(Permissions.CheckSee(OtherTeamStaff, Logged(Compliment())), ErrorKind.NotFound, null, "not-found");
        Assert.Null(Permissions.CheckSee(TeamStaff, Logged(Compliment())));
    }
}
