using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Council;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Tests.Cases;
using ComplaintsAssistant.Core.Tests.UseCases.Fakes;
using ComplaintsAssistant.Core.Timescales;
using ComplaintsAssistant.Core.UseCases;
using Microsoft.Extensions.Time.Testing;
using static ComplaintsAssistant.Core.Tests.Cases.Given;

namespace ComplaintsAssistant.Core.Tests.UseCases;

public class CaseServiceTests
{
    private readonly InMemoryCaseStore _store = new();
    private readonly FakeTimeProvider _time = new(Now);
    private readonly CaseService _service;

    private static readonly Actor Officer = new("officer-1", "Ola Officer", Role.ComplaintsOfficer, []);
    private static readonly Actor TeamStaff = new("staff-1", "Sam Staff", Role.Staff, [Team]);
    private static readonly Actor TeamManager = new("manager-2", "Mo Manager", Role.Manager, [Team]);
    private static readonly Actor FosteringStaff = new("staff-9", "Fran Fostering", Role.Staff, ["Fostering"]);
    private static readonly Actor FosteringInvestigator = new(Investigator, "Ira Investigator", Role.Manager, ["Fostering"]);

    /// <summary>Everyone set up: the actors above, the owners the fixtures name, and an investigator from another service.</summary>
    private static readonly PeopleList People = new(
    [
        Officer, TeamStaff, TeamManager, FosteringStaff, FosteringInvestigator,
        new(Manager, "Mel Manager", Role.Manager, [Team, "Fostering"]),
        new("manager-3", "Max Manager", Role.Manager, [Team]),
        new("manager-4", "Meg Manager", Role.Manager, [Team]),
        new("review-officer-1", "Rev Reviewer", Role.ComplaintsOfficer, []),
    ]);

    public CaseServiceTests() => _service = new CaseService(_store, ClockRules.Default, CouncilVocabulary.Default, People, _store, _time);

    private async Task<CaseView> LogAsync(NewCase input, Actor? actor = null)
    {
        var logged = await _service.LogAsync(actor ?? TeamStaff, input);
        Assert.Null(logged.Error);
        return logged.Value.View;
    }

    [Fact]
    public async Task LogAsyncNumbersReferencesPerKindAndYearOfReceipt()
    {
        var references = new List<string>();
        foreach (var input in new[] { Statutory("2026-05-01"), Statutory("2026-05-04"), MemberEnquiry("2026-05-05"), Statutory("2025-12-30"), Corporate("2026-05-06") })
            references.Add((await LogAsync(input)).Case.Reference);

        Assert.Equal(["CC-2026-0001", "CC-2026-0002", "ME-2026-0001", "CC-2025-0001", "CP-2026-0001"], references);
    }

    [Fact]
    public async Task LogAsyncShowsTheStage1DueDateAcrossABankHoliday()
    {
        var onTheDay = new CaseService(_store, ClockRules.Default, CouncilVocabulary.Default, People, _store, new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero)));

        var view = (await onTheDay.LogAsync(TeamStaff, Statutory("2026-05-01"))).Value.View;

        Assert.Equal(new DateOnly(2026, 5, 18), view.Deadline!.DueOn);
        Assert.Equal(10, view.Deadline.WorkingDaysRemaining);
        Assert.Equal("due Monday 18 May — 10 working days", view.DueInWords);
        Assert.Equal("1", view.Version);
    }

    [Fact]
    public async Task LogAsyncStoresTheCouncilsSpelling()
    {
        var view = await LogAsync(Statutory() with
        {
            Team = "  children IN care ",
            ConcernCategories = ["lack of COMMUNICATION", "Finance"],
        });

        Assert.Equal("Children in Care", view.Case.Team);
        Assert.Equal(["Lack of communication", "Finance"], view.Case.Concerns.Select(c => c.Category));
        Assert.Equal("Communication", (await LogAsync(Compliment() with { Compliment = Compliment().Compliment! with { Category = "COMMUNICATION" } })).Case.Compliment!.Category);
    }

    [Theory]
    [InlineData("Social Care Direct", null, "team", "unknown-team")]
    [InlineData(" ", null, "team", "required")]
    [InlineData(Team, "Parking", "concerns[1]", "unknown-concern-category")]
    public async Task LogAsyncRefusesAValueNotOnTheCouncilsLists(string team, string? concern, string field, string rule)
    {
        var input = Statutory() with { Team = team, ConcernCategories = concern is null ? ["Finance"] : ["Finance", concern] };

        Refused.Invalid((await _service.LogAsync(TeamStaff, input)).Error, field, rule);
        Assert.Equal(0, _store.Count);
    }

    [Fact]
    public async Task LogAsyncRefusesAnOwnerNobodySetUpWithoutUsingAReference()
    {
        var error = Refused.Invalid((await _service.LogAsync(TeamStaff, Statutory() with { Owner = "nobody" })).Error, "owner", "unknown-owner");

        Assert.EndsWith("Cases of Children in Care can be owned by Max Manager, Meg Manager, Mel Manager, Mo Manager, Ola Officer, Rev Reviewer or Sam Staff.",
            error.Message);
        Assert.Equal(0, _store.Count);
        Assert.Equal("CC-2026-0001", (await LogAsync(Statutory())).Case.Reference);
    }

    [Fact]
    public async Task LogAsyncRefusesAnOwnerFromAnotherTeam()
    {
        Refused.Invalid((await _service.LogAsync(TeamStaff, Statutory() with { Owner = FosteringStaff.Id })).Error, "owner", "owner-not-in-team");
    }

    [Fact]
    public async Task LogAsyncGivesEveryRuleTheNewCaseBreaksAtOnce()
    {
        var input = Statutory("2027-03-02") with { Owner = "nobody", ConcernCategories = ["Finance", "Parking"], Summary = new string('x', 8001) };

        var error = (await _service.LogAsync(TeamStaff, input)).Error!;

        Assert.Equal(["concerns[1]", "receivedOn", "summary", "owner"], error.All.Select(e => e.Field));
        Assert.Equal("The date the complaint was received can't be in the future (2 March 2027).", error.All[1].Message);
        Assert.Equal(0, _store.Count);
    }

    [Fact]
    public async Task CheckNewCaseAsyncSaysWhatIsWrongWithoutLoggingAnything()
    {
        Assert.Null(await _service.CheckNewCaseAsync(Statutory()));
        Refused.Invalid(await _service.CheckNewCaseAsync(Statutory() with { Team = "Narnia", Owner = "nobody" }), "team", "unknown-team");

        Assert.Equal(0, _store.Count);
        Assert.Equal("CC-2026-0001", (await LogAsync(Statutory())).Case.Reference);
    }

    [Fact]
    public async Task ChangeAsyncRefusesToReassignToSomeoneNobodySetUp()
    {
        var logged = await LogAsync(Statutory());

        Refused.Invalid((await _service.ChangeAsync(TeamManager, logged.Case.Id, logged.Version, new Reassign("nobody"))).Error, "owner", "unknown-owner");
        Refused.Invalid((await _service.ChangeAsync(TeamManager, logged.Case.Id, logged.Version, new Reassign(FosteringStaff.Id))).Error, "owner", "owner-not-in-team");
        Assert.Equal("1", _store.StoredVersion(logged.Case.Id));
    }

    [Fact]
    public async Task ChangeAsyncRefusesANextStageOwnerNobodySetUpAlongsideTheStepsOwnRules()
    {
        var id = (await LogAsync(Statutory())).Case.Id;
        await _service.ChangeAsync(TeamManager, id, null, new RecordResponse(Response("2026-05-15")));
        await _service.ChangeAsync(TeamStaff, id, null, new RequestEscalation(Day("2026-06-01"), null));

        var refused = (await _service.ChangeAsync(Officer, id, null, new OpenNextStage(new NextStage("nobody", Day("2026-06-01"))))).Error!;

        Assert.Equal([("independentPerson", "required"), ("owner", "unknown-owner")], refused.All.Select(e => (e.Field!, e.Rule)));
        Assert.Equal(CaseStatus.EscalationRequested, (await _service.GetAsync(Officer, id)).Value.Case.Status);
    }

    [Fact]
    public async Task CheckChangeAsyncSaysWhatIsWrongWithoutSaving()
    {
        var logged = await LogAsync(Statutory());

        Assert.Null(await _service.CheckChangeAsync(TeamManager, logged.Case.Id, new Reassign("manager-3")));
        Refused.Invalid(await _service.CheckChangeAsync(TeamManager, logged.Case.Id, new Reassign("nobody")), "owner", "unknown-owner");

        Assert.Equal(("1", Manager), (_store.StoredVersion(logged.Case.Id), (await _service.GetAsync(Officer, logged.Case.Id)).Value.Case.Stages[0].Owner));
    }

    [Fact]
    public async Task LogAsyncRefusesABlankConcernNamingIt()
    {
        Refused.Invalid((await _service.LogAsync(TeamStaff, Statutory() with { ConcernCategories = ["Finance", null!] })).Error, "concerns[1]", "required");
    }

    [Fact]
    public async Task LogAsyncRefusesAnUnknownComplimentCategory()
    {
        var input = Compliment() with { Compliment = Compliment().Compliment! with { Category = "Parking" } };

        Refused.Invalid((await _service.LogAsync(TeamStaff, input)).Error, "compliment.category", "unknown-compliment-category");
    }

    [Fact]
    public async Task LogAsyncRefusesAReceivedDateInTheFutureWithoutUsingAReference()
    {
        Refused.Invalid((await _service.LogAsync(TeamStaff, Statutory("2027-03-02"))).Error, "receivedOn", "date-in-future");

        Assert.Equal(0, _store.Count);
        Assert.Equal("CC-2027-0001", (await LogAsync(Statutory("2027-03-01"))).Case.Reference);
    }

    [Fact]
    public async Task LogAsyncSaysASourceIsAlreadyLoggedWithoutShowingAnotherTeamsCase()
    {
        await _service.LogAsync(TeamStaff, Statutory() with { IntakeKey = "<msg-2@council.gov.uk>" });

        var again = await _service.LogAsync(FosteringStaff, Statutory() with { Team = "Fostering", IntakeKey = "<msg-2@council.gov.uk>" });

        var error = Refused.ByWorkflow(again.Error, "already-logged");
        Assert.DoesNotContain("CC-2026", error.Message);
        Assert.Equal(1, _store.Count);
    }

    [Fact]
    public async Task LogAsyncReturnsTheFirstCaseWhenTheSameSourceIsLoggedTwice()
    {
        var first = await _service.LogAsync(TeamStaff, Statutory() with { IntakeKey = "<msg-1@council.gov.uk>" });
        var second = await _service.LogAsync(TeamManager, Statutory("2026-05-04") with { IntakeKey = "<msg-1@council.gov.uk>" });

        Assert.True(first.Value.Created);
        Assert.False(second.Value.Created);
        Assert.Equal((first.Value.View.Case.Id, "CC-2026-0001"), (second.Value.View.Case.Id, second.Value.View.Case.Reference));
        Assert.Equal(1, _store.Count);
        Assert.Equal("CC-2026-0002", (await LogAsync(Statutory())).Case.Reference);
    }

    [Fact]
    public async Task ChangeAsyncSavesTheChangeAndANewVersion()
    {
        var logged = await LogAsync(Statutory("2026-05-01"));

        var changed = await _service.ChangeAsync(TeamManager, logged.Case.Id, logged.Version,
            new ExtendTimescale(20, ExtensionGround.Complex, "Several agencies", true, Day("2026-05-12")));

        Assert.Null(changed.Error);
        Assert.Equal("2", changed.Value.Version);
        var stored = (await _service.GetAsync(Officer, logged.Case.Id)).Value;
        Assert.Equal("2", stored.Version);
        Assert.Equal(Day("2026-06-02"), stored.Case.Stages[0].Clock.DueOn(WorkingDayCalendar.EnglandAndWales));
        Assert.Equal(("extended", "manager-2", Now), (stored.Case.Audit[^1].Action, stored.Case.Audit[^1].ActorId, stored.Case.Audit[^1].At));
    }

    [Fact]
    public async Task ChangeAsyncRefusesAStaleVersionAndSavesNothing()
    {
        var logged = await LogAsync(Statutory());
        Assert.Null((await _service.ChangeAsync(TeamManager, logged.Case.Id, logged.Version, new Reassign("manager-3"))).Error);
        var before = _store.StoredJson(logged.Case.Id);

        var stale = await _service.ChangeAsync(TeamManager, logged.Case.Id, logged.Version, new Reassign("manager-4"));

        var error = Refused.Because(stale.Error, ErrorKind.Conflict, null, "stale-version");
        Assert.Equal("CC-2026-0001 has changed since you read it: reload it and try again.", error.Message);
        Assert.Equal(before, _store.StoredJson(logged.Case.Id));
        Assert.Equal("2", _store.StoredVersion(logged.Case.Id));
    }

    [Fact]
    public async Task ChangeAsyncLeavesTheStoredCaseUnchangedWhenARuleSaysNo()
    {
        var logged = await LogAsync(Statutory());
        var before = _store.StoredJson(logged.Case.Id);
        var writes = _store.Writes;

        var refused = await _service.ChangeAsync(TeamManager, logged.Case.Id, logged.Version,
            new ExtendTimescale(21, ExtensionGround.Complex, "Very complex", true, Day("2026-05-12")));

        Refused.Invalid(refused.Error, "totalWorkingDays", "beyond-statutory-maximum");
        Assert.Equal(before, _store.StoredJson(logged.Case.Id));
        Assert.Equal((writes, "1"), (_store.Writes, _store.StoredVersion(logged.Case.Id)));
    }

    [Fact]
    public async Task ChangeAsyncWarnsWhenALateEscalationIsAccepted()
    {
        var logged = await LogAsync(Statutory());
        var responded = await _service.ChangeAsync(TeamManager, logged.Case.Id, null, new RecordResponse(Response("2026-05-15")));

        var late = await _service.ChangeAsync(TeamStaff, logged.Case.Id, responded.Value.Version, new RequestEscalation(Day("2026-06-16"), "Complainant was in hospital."));

        Assert.Null(late.Error);
        Assert.Equal(CaseStatus.EscalationRequested, late.Value.Case.Status);
        Assert.True(late.Value.Case.Escalations[^1].OutsideWindow);
        Assert.Equal(["Accepted late: requested 21 working days after the response, outside the escalation window."], late.Value.Warnings);
    }

    [Fact]
    public async Task ChangeAsyncRefusesALateEscalationWithoutAReason()
    {
        var logged = await LogAsync(Statutory());
        await _service.ChangeAsync(TeamManager, logged.Case.Id, null, new RecordResponse(Response("2026-05-15")));

        Refused.Invalid((await _service.ChangeAsync(TeamStaff, logged.Case.Id, null, new RequestEscalation(Day("2026-06-16"), null))).Error,
            "lateReason", "outside-escalation-window");
    }

    [Fact]
    public async Task ChangeAsyncDoesNotWarnOnAnEscalationInTime()
    {
        var logged = await LogAsync(Statutory());
        await _service.ChangeAsync(TeamManager, logged.Case.Id, null, new RecordResponse(Response("2026-05-15")));

        Assert.Empty((await _service.ChangeAsync(TeamStaff, logged.Case.Id, null, new RequestEscalation(Day("2026-06-15"), null))).Value.Warnings);
    }

    [Fact]
    public async Task ChangeAsyncRefusesStaffWhoDoNotOwnTheCase()
    {
        var logged = await LogAsync(Statutory());

        Refused.Because((await _service.ChangeAsync(TeamStaff, logged.Case.Id, null, new RecordResponse(Response("2026-05-15")))).Error,
            ErrorKind.Forbidden, null, "not-permitted");
        Assert.Equal("1", _store.StoredVersion(logged.Case.Id));
    }

    [Fact]
    public async Task ChangeAsyncRefusesAManagerTheOfficersGates()
    {
        var logged = await LogAsync(Statutory());
        await _service.ChangeAsync(TeamManager, logged.Case.Id, null, new RecordResponse(Response("2026-05-15")));
        await _service.ChangeAsync(TeamStaff, logged.Case.Id, null, new RequestEscalation(Day("2026-06-01"), null));

        Refused.Because((await _service.ChangeAsync(TeamManager, logged.Case.Id, null, new OpenNextStage(new NextStage(Investigator, Day("2026-06-01"), IndependentPerson)))).Error,
            ErrorKind.Forbidden, null, "not-permitted");
        Assert.Null((await _service.ChangeAsync(Officer, logged.Case.Id, null, new OpenNextStage(new NextStage(Investigator, Day("2026-06-01"), IndependentPerson)))).Error);
    }

    [Fact]
    public async Task ChangeAsyncLetsOnlyTheStage2OwnerAgreeTheStatementAndOnlyAnOfficerAgreeItAgain()
    {
        var service = new CaseService(_store, CountedFromTheAgreedStatement, CouncilVocabulary.Default, People, _store, _time);
        var investigator = new Actor(Investigator, "Ira Investigator", Role.Manager, ["Fostering"]);
        var id = (await service.LogAsync(TeamStaff, Statutory())).Value.View.Case.Id;
        await service.ChangeAsync(TeamManager, id, null, new RecordResponse(Response("2026-05-15")));
        await service.ChangeAsync(TeamStaff, id, null, new RequestEscalation(Day("2026-06-01"), null));
        await service.ChangeAsync(Officer, id, null, new OpenNextStage(new NextStage(Investigator, Day("2026-06-01"), IndependentPerson)));
        async Task<DomainError?> Try(Actor actor, CaseCommand command) => (await service.ChangeAsync(actor, id, null, command)).Error;

        // Anyone who can see the case used to be able to restart the stage 2 clock.
        Refused.Because(await Try(TeamStaff, new AgreeStatement(Day("2026-06-08"))), ErrorKind.Forbidden, null, "not-permitted");
        Refused.Because(await Try(TeamManager, new AgreeStatement(Day("2026-06-08"))), ErrorKind.Forbidden, null, "not-permitted");
        Assert.Null(await Try(investigator, new AgreeStatement(Day("2026-06-08"))));
        Refused.ByWorkflow(await Try(investigator, new AgreeStatement(Day("2026-06-22"))), "statement-already-agreed");
        Refused.Because(await Try(investigator, new ReagreeStatement(Day("2026-06-22"), "Complaint widened")), ErrorKind.Forbidden, null, "not-permitted");
        Assert.Null(await Try(Officer, new ReagreeStatement(Day("2026-06-15"), "Complaint widened at a meeting")));

        var view = (await service.GetAsync(Officer, id)).Value;
        Assert.Equal(Day("2026-07-20"), view.Deadline!.DueOn);
        Assert.Equal(["statement-agreed", "statement-reagreed"], view.Case.Audit.Select(e => e.Action).Where(a => a.StartsWith("statement-")));
        Assert.EndsWith("Complaint widened at a meeting", view.Case.Audit[^1].Detail);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("1")]  // current
    [InlineData("99")] // stale: still not found, never "has changed"
    public async Task ChangeAsyncHidesAnotherTeamsCaseAsNotFound(string? version)
    {
        var logged = await LogAsync(Statutory());

        var error = Refused.Because((await _service.ChangeAsync(FosteringStaff, logged.Case.Id, version, new Acknowledge(Day("2026-05-05")))).Error,
            ErrorKind.NotFound, null, "not-found");
        Assert.DoesNotContain("CC-2026-0001", error.Message);
    }

    [Fact]
    public async Task ChangeAsyncReportsAnUnknownCaseAsNotFound()
    {
        Refused.Because((await _service.ChangeAsync(Officer, Guid.NewGuid(), null, new Acknowledge(Day("2026-05-05")))).Error, ErrorKind.NotFound, null, "not-found");
    }

    [Fact]
    public async Task GetAndFindHideAnotherTeamsCaseAsNotFound()
    {
        var logged = await LogAsync(Statutory());

        Refused.Because((await _service.GetAsync(FosteringStaff, logged.Case.Id)).Error, ErrorKind.NotFound, null, "not-found");
        Refused.Because((await _service.FindAsync(FosteringStaff, "CC-2026-0001")).Error, ErrorKind.NotFound, null, "not-found");
        Assert.Equal(logged.Case.Id, (await _service.FindAsync(TeamStaff, " cc-2026-0001 ")).Value.Case.Id);
    }

    [Fact]
    public async Task GetAsyncLetsTheOwnerSeeTheirCaseInAnotherTeam()
    {
        // Stage 2 is investigated from outside the service: this investigator works in Fostering.
        var id = (await LogAsync(Statutory())).Case.Id;
        await _service.ChangeAsync(TeamManager, id, null, new RecordResponse(Response("2026-05-15")));
        await _service.ChangeAsync(TeamStaff, id, null, new RequestEscalation(Day("2026-06-01"), null));
        Assert.Null((await _service.ChangeAsync(Officer, id, null, new OpenNextStage(new NextStage(Investigator, Day("2026-06-01"), IndependentPerson)))).Error);

        Assert.Null((await _service.GetAsync(FosteringInvestigator, id)).Error);
    }

    [Fact]
    public async Task ListAsyncShowsStaffOnlyTheirTeamsCases()
    {
        await LogAsync(Statutory("2026-05-01"));
        await LogAsync(Statutory("2026-05-04") with { Team = "Fostering" });
        // Owned by someone who worked in Fostering when it was logged and has since moved team.
        var whenTheyWorkedInFostering = new CaseService(_store, ClockRules.Default, CouncilVocabulary.Default,
            new PeopleList([TeamStaff with { Teams = ["Fostering"] }]), _store, _time);
        Assert.Null((await whenTheyWorkedInFostering.LogAsync(TeamStaff, Statutory("2026-05-05") with { Team = "Fostering", Owner = TeamStaff.Id })).Error);

        Assert.Equal(["CC-2026-0001"], await References(TeamStaff, new CaseQuery()));
        Assert.Empty(await References(TeamStaff, new CaseQuery(Teams: ["Fostering"])));
        Assert.Equal(["CC-2026-0001", "CC-2026-0002", "CC-2026-0003"], await References(Officer, new CaseQuery()));
        Assert.Equal(["CC-2026-0002", "CC-2026-0003"], await References(Officer, new CaseQuery(Teams: ["Fostering"])));
        Assert.Equal(["CC-2026-0003"], await References(TeamStaff, new CaseQuery(Owner: TeamStaff.Id)));
        Assert.Empty(await References(TeamStaff, new CaseQuery(Owner: "manager-9")));
    }

    [Theory]
    [InlineData(0, 0, "take", "take-range")]
    [InlineData(501, 0, "take", "take-range")]
    [InlineData(10, -1, "skip", "skip-not-negative")]
    public async Task ListAsyncRefusesAnOutOfRangePage(int take, int skip, string field, string rule)
    {
        Refused.Invalid((await _service.ListAsync(Officer, new CaseQuery(Take: take, Skip: skip))).Error, field, rule);
    }

    [Fact]
    public async Task ListAsyncRefusesAReceivedRangeTheWrongWayRound()
    {
        Refused.Invalid((await _service.ListAsync(Officer, new CaseQuery(ReceivedFrom: Day("2026-05-02"), ReceivedTo: Day("2026-05-01")))).Error,
            "receivedFrom", "receivedFrom-after-receivedTo");
    }

    [Fact]
    public async Task ListLearningAsyncShowsStaffOnlyTheirTeamsLearning()
    {
        var ours = await LogAsync(Statutory());
        var theirs = await LogAsync(Statutory() with { Team = "Fostering" });
        await _service.ChangeAsync(Officer, ours.Case.Id, null, new AddLearningAction(Attempt.Learning()));
        await _service.ChangeAsync(Officer, theirs.Case.Id, null, new AddLearningAction(Attempt.Learning() with { Department = "Fostering" }));

        Assert.Equal(["CC-2026-0001"], (await _service.ListLearningAsync(TeamStaff, new LearningQuery())).Select(e => e.CaseReference));
        Assert.Equal(2, (await _service.ListLearningAsync(Officer, new LearningQuery())).Count);
    }

    [Fact]
    public async Task ChangeAsyncWalksAStatutoryComplaintThroughEveryStage()
    {
        var id = (await LogAsync(Statutory("2026-05-01"))).Case.Id;
        async Task<CaseView> Do(Actor actor, CaseCommand command)
        {
            var result = await _service.ChangeAsync(actor, id, null, command);
            Assert.Null(result.Error);
            return result.Value;
        }

        await Do(TeamManager, new RecordResponse(Response("2026-05-15")));
        await Do(TeamStaff, new RequestEscalation(Day("2026-06-01"), null));
        Assert.Equal(Day("2026-07-06"), (await Do(Officer, new OpenNextStage(new NextStage(Investigator, Day("2026-06-01"), IndependentPerson)))).Deadline!.DueOn);
        await Do(TeamManager, new RecordResponse(Response("2026-07-03")));
        await Do(TeamStaff, new RequestEscalation(Day("2026-07-06"), null));
        Assert.Equal(Day("2026-08-17"), (await Do(Officer, new OpenNextStage(new NextStage("review-officer-1", Day("2026-07-06"))))).Deadline!.DueOn);
        Assert.Equal(Day("2026-08-19"), (await Do(Officer, new RecordPanelHearing(Day("2026-08-12"), Panel))).Deadline!.DueOn);
        Assert.Equal(Day("2026-09-09"), (await Do(Officer, new RecordRecommendations(Day("2026-08-18")))).Deadline!.DueOn);
        var decided = await Do(Officer, new RecordDecision(Response("2026-09-08", Outcome.Upheld)));

        Assert.Equal((CaseStatus.Closed, (Deadline?)null), (decided.Case.Status, decided.Deadline));
        Assert.Equal([true, true, true], decided.StageTimes.Select(t => t.OnTime));
        Assert.Equal("10", decided.Version);
    }

    private async Task<IReadOnlyList<string>> References(Actor actor, CaseQuery query)
    {
        var listed = await _service.ListAsync(actor, query);
        Assert.Null(listed.Error);
        return listed.Value.Select(s => s.Reference).ToArray();
    }
}
