using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Council;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Tests.Cases;
using ComplaintsAssistant.Core.Tests.UseCases.Fakes;
using ComplaintsAssistant.Core.Timescales;
using ComplaintsAssistant.Core.UseCases;
using Microsoft.Extensions.Time.Testing;
using static ComplaintsAssistant.Core.Tests.Cases.Given;

namespace ComplaintsAssistant.Core.Tests.UseCases;

/// <summary>The same email or form logged again: who is told what, and that no reference number is used up.</summary>
public class LoggingTheSameSourceTwiceTests
{
    private const string Key = "<msg-7@council.gov.uk>";

    private readonly InMemoryCaseStore _store = new();
    private readonly CaseService _service;

    private static readonly Actor CareStaff = new("staff-1", "Sam Staff", Role.Staff, [Team]);
    private static readonly Actor CareManager = new("manager-2", "Mo Manager", Role.Manager, [Team]);
    private static readonly Actor FosteringStaff = new("staff-9", "Fran Fostering", Role.Staff, ["Fostering"]);

    /// <summary>The owner the fixtures name, set up for both teams the tests log to.</summary>
    private static readonly PeopleList People = new([new(Manager, "Mel Manager", Role.Manager, [Team, "Fostering"])]);

    public LoggingTheSameSourceTwiceTests() => _service = new CaseService(_store, ClockRules.Default, CouncilVocabulary.Default, People, _store, new FakeTimeProvider(Now));

    [Fact]
    public async Task WhoeverLoggedItIsToldTheyAlreadyHaveWithTheCaseEvenForATeamTheyCantSee()
    {
        var fostering = Statutory() with { Team = "Fostering", IntakeKey = Key };
        var first = await _service.LogAsync(CareStaff, fostering);

        var again = await _service.LogAsync(CareStaff, fostering);

        Assert.False(again.Value.Created);
        Assert.Equal("You've already logged this: CC-2026-0001", again.Value.AlreadyLogged);
        Assert.Equal(first.Value.View.Case.Id, again.Value.View.Case.Id);
    }

    [Fact]
    public async Task SomeoneElseWhoCanSeeItIsToldItIsAlreadyLoggedWithTheCase()
    {
        await _service.LogAsync(CareStaff, Statutory() with { IntakeKey = Key });

        var again = await _service.LogAsync(CareManager, Statutory() with { IntakeKey = Key });

        Assert.Equal("Already logged as CC-2026-0001", again.Value.AlreadyLogged);
    }

    [Fact]
    public async Task SomeoneElseWhoCantSeeItLearnsOnlyThatAnotherTeamHasIt()
    {
        await _service.LogAsync(CareStaff, Statutory() with { IntakeKey = Key });

        var again = await _service.LogAsync(FosteringStaff, Statutory() with { Team = "Fostering", IntakeKey = Key });

        Assert.DoesNotContain("CC-2026", Refused.ByWorkflow(again.Error, "already-logged").Message);
    }

    [Fact]
    public async Task ASourceBeingLoggedAtThisMomentIsSaidToBeAndTakesNoNumber()
    {
        // Another instance has claimed the key and not yet added its case.
        await _store.ClaimIntakeAsync(Key, Guid.NewGuid(), Now);

        var again = await _service.LogAsync(CareStaff, Statutory() with { IntakeKey = Key });

        Refused.ByWorkflow(again.Error, "being-logged");
        Assert.Equal(0, _store.SequenceValue("CC-2026"));
        Assert.Equal(0, _store.Count);
    }

    [Fact]
    public async Task ARefusedLogClaimsNothingSoTheCorrectedFormGoesThrough()
    {
        var refused = await _service.LogAsync(CareStaff, Statutory() with { IntakeKey = Key, Owner = null });
        var corrected = await _service.LogAsync(CareStaff, Statutory() with { IntakeKey = Key });

        Refused.Invalid(refused.Error, "owner", "required");
        Assert.True(corrected.Value.Created);
        Assert.Equal("CC-2026-0001", corrected.Value.View.Case.Reference);
    }
}
