using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Owners;
using ComplaintsAssistant.Core.Tests.Cases;
using ComplaintsAssistant.Core.Tests.UseCases.Fakes;

namespace ComplaintsAssistant.Core.Tests.Owners;

public class OwnerRuleTests
{
    private const string Care = "Children in Care";
    private static readonly Actor CareManager = new("mgr-care", "Morgan Manager", Role.Manager, [Care]);
    private static readonly Actor CareWorker = new("sw-care", "Sam Worker", Role.Staff, [Care]);
    private static readonly Actor FosteringManager = new("mgr-fostering", "Fola Manager", Role.Manager, ["Fostering"]);
    private static readonly Actor Officer = new("officer", "Alex Officer", Role.ComplaintsOfficer, []);
    private static readonly PeopleList People = new([CareManager, CareWorker, FosteringManager, Officer]);

    private static Task<Core.Common.DomainError?> CheckAsync(IPeopleDirectory people, string? owner, string? team = Care, int stage = 1) =>
        OwnerRule.CheckAsync(people, owner, team, stage, CancellationToken.None);

    [Theory]
    [InlineData("mgr-care")]
    [InlineData(" SW-CARE ")] // staff of the team may answer (an informal representation)
    [InlineData("officer")]   // the complaints team owns any team's cases
    public async Task TheTeamsPeopleAndTheComplaintsTeamMayOwnStage1(string owner) => Assert.Null(await CheckAsync(People, owner));

    [Fact]
    public async Task SomeoneNobodySetUpIsRefusedNamingWhoCanOwnTheTeamsCases()
    {
        var error = Refused.Invalid(await CheckAsync(People, "nobody"), "owner", "unknown-owner");

        Assert.Equal("'nobody' is not someone set up in Complaints Assistant, so nobody would answer the case. " +
            "Cases of Children in Care can be owned by Alex Officer, Morgan Manager or Sam Worker.", error.Message);
    }

    [Fact]
    public async Task SomeoneFromAnotherTeamIsRefusedAtStage1()
    {
        var error = Refused.Invalid(await CheckAsync(People, "mgr-fostering"), "owner", "owner-not-in-team");

        Assert.StartsWith("Fola Manager can't own cases of Children in Care: they aren't in that team.", error.Message);
        Assert.DoesNotContain("mgr-", error.Message); // names, never ids
    }

    [Fact]
    public async Task LaterStagesAreInvestigatedFromOutsideTheServiceSoAnyoneSetUpMayOwnThem()
    {
        Assert.Null(await CheckAsync(People, "mgr-fostering", stage: 2));
        var error = Refused.Invalid(await CheckAsync(People, "nobody", stage: 2), "owner", "unknown-owner");
        Assert.EndsWith("Stage 2 can be owned by Alex Officer, Fola Manager, Morgan Manager or Sam Worker.", error.Message);
    }

    [Fact]
    public async Task WhileTheTeamIsNotRightOnlyWhetherTheyAreSetUpCounts()
    {
        Assert.Null(await CheckAsync(People, "mgr-fostering", team: null));
        Refused.Invalid(await CheckAsync(People, "nobody", team: null), "owner", "unknown-owner");
    }

    [Fact]
    public async Task ABlankOwnerIsLeftToTheRequiredRule() => Assert.Null(await CheckAsync(People, " "));

    [Fact]
    public async Task GroupMembersAreFoundByIdAndTheRefusalNamesTheGroupsNotTheirIds()
    {
        // A council that sets people up only by Entra group: members can be checked by id but not listed.
        var member = new Actor("3f2c1a9e-0000-4000-8000-000000000001", "3f2c1a9e-0000-4000-8000-000000000001", Role.Manager, [Care]);
        var groupOnly = new PeopleList([],
            [new KnownGroup("Children in Care managers", Role.Manager, [Care]), new KnownGroup(null, Role.Staff, ["Fostering"]),
             new KnownGroup("Complaints team", Role.ComplaintsOfficer, [])],
            new Dictionary<string, Actor> { [member.Id] = member });

        Assert.Null(await CheckAsync(groupOnly, member.Id));
        var error = Refused.Invalid(await CheckAsync(groupOnly, "Morgan"), "owner", "unknown-owner");
        Assert.EndsWith("Cases of Children in Care can be owned by anyone in the group Children in Care managers or anyone in the group Complaints team.", error.Message);
    }

    [Fact]
    public async Task ALongListIsCutShort()
    {
        var many = new PeopleList([.. Enumerable.Range(1, 12).Select(i => new Actor($"p{i}", $"Person {i:00}", Role.Staff, [Care]))]);

        var error = Refused.Invalid(await CheckAsync(many, "nobody"), "owner", "unknown-owner");

        Assert.EndsWith("Person 01, Person 02, Person 03, Person 04, Person 05, Person 06, Person 07, Person 08 or 4 others.", error.Message);
    }

    [Fact]
    public async Task ATeamNobodyCanOwnSaysSo()
    {
        var error = Refused.Invalid(await CheckAsync(new PeopleList([]), "nobody"), "owner", "unknown-owner");
        Assert.EndsWith("Nobody is set up to own cases of Children in Care yet: ask your complaints team to set people up.", error.Message);
    }
}
