using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Timescales;
using static ComplaintsAssistant.Core.Tests.Cases.Given;

namespace ComplaintsAssistant.Core.Tests.Cases;

public class CaseLogTests
{
    public static TheoryData<NewCase, CaseStatus, int> EveryKind => new()
    {
        { Statutory(), CaseStatus.InProgress, 1 },
        { Corporate(), CaseStatus.InProgress, 1 },
        { Informal(), CaseStatus.InProgress, 1 },
        { MemberEnquiry(), CaseStatus.InProgress, 1 },
        { Ombudsman(), CaseStatus.InProgress, 1 },
        { Compliment(), CaseStatus.Logged, 0 },
        { Comment(), CaseStatus.Logged, 0 },
    };

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void LogOpensStage1ForEveryKindWithAClock(NewCase input, CaseStatus status, int stages)
    {
        var logged = Logged(input);

        Assert.Equal(input.Kind, logged.Kind);
        Assert.Equal(status, logged.Status);
        Assert.Equal(stages, logged.Stages.Count);
        Assert.Equal(input.ReceivedOn, logged.ReceivedOn);
        Assert.Equal(stages == 1 ? Manager : null, logged.Owner);
    }

    [Fact]
    public void LogKeepsARepeatedConcernCategoryAsSeparateConcerns()
    {
        var logged = Logged(Statutory());

        Assert.Equal(
            [new Concern(1, "Lack of communication"), new Concern(2, "Level of service"), new Concern(3, "Lack of communication")],
            logged.Concerns);
    }

    [Fact]
    public void LogTrimsTeamAndConcernCategories()
    {
        var logged = Logged(Statutory() with { Team = "  Children in Care ", ConcernCategories = [" Finance "] });

        Assert.Equal("Children in Care", logged.Team);
        Assert.Equal("Finance", Assert.Single(logged.Concerns).Category);
    }

    [Fact]
    public void LogKeepsTheMemberComplimentAndOmbudsmanDetails()
    {
        Assert.Equal(new MemberDetails(MemberType.MP, "A. Member MP"), Logged(MemberEnquiry()).Snapshot.Member);
        Assert.Equal("She always called back.", Logged(Compliment()).Snapshot.Compliment!.Words);
        Assert.Equal("25 001 234", Logged(Ombudsman()).Snapshot.Ombudsman!.OmbudsmanReference);
    }

    [Fact]
    public void LogGivesAnOmbudsmanEnquiryTheOmbudsmansDueDate()
    {
        var logged = Logged(Ombudsman(receivedOn: "2026-06-01", dueOn: "2026-06-29"));

        Assert.Equal(Day("2026-06-29"), logged.DueOn());
        Assert.Equal(Day("2026-06-29"), logged.CurrentStage!.Clock.FixedDueOn);
    }

    [Fact]
    public void LogCountsAnOmbudsmanEnquiryWithoutADueDateOnTheDefault20WorkingDays()
    {
        // Mon 1 Jun 2026 + 20 working days, no holidays in between.
        Assert.Equal(Day("2026-06-29"), Logged(Ombudsman(dueOn: null)).DueOn());
    }

    [Fact]
    public void LogRecordsWhoLoggedItAndWhen()
    {
        var logged = Logged(Statutory());

        Assert.Equal(Logger, logged.Snapshot.ReceivedBy);
        Assert.Equal(Now, logged.Snapshot.CreatedAt);
        Assert.Equal(["logged", "stage-opened"], logged.Audit.Select(a => a.Action));
        Assert.All(logged.Audit, a => Assert.Equal((Logger, Now), (a.ActorId, a.At)));
    }

    public static TheoryData<NewCase, string, string> MissingDetails => new()
    {
        { Statutory() with { Owner = null }, "owner", "required" },
        { Corporate() with { Owner = " " }, "owner", "required" },
        { Informal() with { Owner = null }, "owner", "required" },
        { MemberEnquiry() with { Owner = null }, "owner", "required" },
        { Ombudsman() with { Owner = null }, "owner", "required" },
        { Statutory() with { ConcernCategories = null }, "concerns", "at-least-one-concern" },
        { Corporate() with { ConcernCategories = [] }, "concerns", "at-least-one-concern" },
        { Statutory() with { ConcernCategories = ["Finance", " "] }, "concerns[1]", "required" },
        { Statutory() with { ConcernCategories = Enumerable.Repeat("Finance", 101).ToArray() }, "concerns", "too-many-concerns" },
        { MemberEnquiry() with { Member = null }, "member", "member-required" },
        { MemberEnquiry() with { Member = new MemberDetails(MemberType.Councillor, "") }, "member.memberName", "required" },
        { Compliment() with { Compliment = null }, "compliment", "compliment-required" },
        { Compliment() with { Compliment = new ComplimentDetails("", ComplimentSource.School, "Thank you") }, "compliment.category", "required" },
        { Compliment() with { Compliment = new ComplimentDetails("Practice", ComplimentSource.School, " ") }, "compliment.words", "required" },
        { Comment() with { Summary = null }, "summary", "required" },
        { Statutory() with { Team = "" }, "team", "required" },
        { Statutory() with { Kind = (CaseKind)99 }, "kind", "unknown-kind" },
        { Statutory() with { HowReceived = (HowReceived)99 }, "howReceived", "unknown-value" },
    };

    [Theory]
    [MemberData(nameof(MissingDetails))]
    public void LogRefusesACaseMissingWhatItsKindNeeds(NewCase input, string field, string rule)
    {
        Refused.Invalid(Case.Log(input, "CC-2026-0001", Guid.NewGuid(), Logger, Now, Rules).Error, field, rule);
    }

    [Fact]
    public void LogDoesNotNeedAnOwnerOrConcernsForAComplimentOrComment()
    {
        Assert.Null(Case.Log(Compliment() with { Owner = null }, "CO-2026-0001", Guid.NewGuid(), Logger, Now, Rules).Error);
        Assert.Null(Case.Log(Comment() with { ConcernCategories = null }, "CM-2026-0001", Guid.NewGuid(), Logger, Now, Rules).Error);
    }

    [Theory]
    [InlineData("2027-03-02", "receivedOn", "date-in-future")] // tomorrow
    [InlineData("1999-12-31", "receivedOn", "date-too-old")]
    public void LogRefusesAnImplausibleReceivedDate(string receivedOn, string field, string rule)
    {
        Refused.Invalid(Case.Log(Statutory(receivedOn), "CC-2026-0001", Guid.NewGuid(), Logger, Now, Rules).Error, field, rule);
    }

    [Theory]
    [InlineData("2027-03-01")] // today
    [InlineData("2000-01-04")] // the first working day of the oldest year allowed
    public void LogAcceptsAReceivedDateFromTodayBackTo2000(string receivedOn)
    {
        Assert.Null(Case.Log(Statutory(receivedOn), "CC-2026-0001", Guid.NewGuid(), Logger, Now, Rules).Error);
    }

    [Fact]
    public void LogTakesTodayInLondonNotUtc()
    {
        // 23:30 UTC on 1 July 2026 is 00:30 BST on 2 July: a complaint received on 2 July is not in the future.
        var justAfterMidnightInLondon = new DateTimeOffset(2026, 7, 1, 23, 30, 0, TimeSpan.Zero);

        Assert.Null(Case.Log(Statutory("2026-07-02"), "CC-2026-0001", Guid.NewGuid(), Logger, justAfterMidnightInLondon, Rules).Error);
    }

    // The one-year rule: a complaint about matters more than a year old needs a reason to be accepted.
    [Theory]
    [InlineData("2025-05-01", null, null)]                                             // exactly a year: in time
    [InlineData("2025-04-30", null, "late-complaint-needs-reason")]                    // a year and a day
    [InlineData("2025-04-30", " ", "late-complaint-needs-reason")]
    [InlineData("2025-04-30", "Child only recently told the advocate.", null)]
    [InlineData("2020-01-01", "Historic matter; accepted by the Head of Service.", null)]
    public void LogAppliesTheOneYearRule(string mattersAroseOn, string? reason, string? rule)
    {
        var input = Statutory("2026-05-01") with { MattersAroseOn = Day(mattersAroseOn), LateAcceptanceReason = reason };

        var logged = Case.Log(input, "CC-2026-0001", Guid.NewGuid(), Logger, Now, Rules);

        if (rule is null) Assert.Null(logged.Error);
        else Refused.Invalid(logged.Error, "lateAcceptanceReason", rule);
    }

    [Fact]
    public void LogRefusesMattersArisingAfterReceipt()
    {
        var input = Statutory("2026-05-01") with { MattersAroseOn = Day("2026-05-02") };

        Refused.Invalid(Case.Log(input, "CC-2026-0001", Guid.NewGuid(), Logger, Now, Rules).Error, "mattersAroseOn", "mattersAroseOn-after-receivedOn");
    }

    [Fact]
    public void LogKeepsTheReasonALateComplaintWasAccepted()
    {
        var logged = Logged(Statutory("2026-05-01") with { MattersAroseOn = Day("2024-01-10"), LateAcceptanceReason = "Care leaver; advocate involved." });

        Assert.Equal(Day("2024-01-10"), logged.Snapshot.MattersAroseOn);
        Assert.Equal("Care leaver; advocate involved.", logged.Snapshot.LateAcceptanceReason);
    }

    [Theory]
    [InlineData("2026-04-30", "acknowledgedOn", "acknowledgedOn-before-receivedOn")]
    [InlineData("2027-03-02", "acknowledgedOn", "date-in-future")]
    public void LogRefusesAnImpossibleAcknowledgementDate(string acknowledgedOn, string field, string rule)
    {
        var input = Corporate("2026-05-01") with { AcknowledgedOn = Day(acknowledgedOn) };

        Refused.Invalid(Case.Log(input, "CP-2026-0001", Guid.NewGuid(), Logger, Now, Rules).Error, field, rule);
    }

    [Fact]
    public void LogRefusesADueDateOnAnythingButAnOmbudsmanEnquiry()
    {
        var input = Statutory() with { FixedDueOn = Day("2026-05-20") };

        Refused.Invalid(Case.Log(input, "CC-2026-0001", Guid.NewGuid(), Logger, Now, Rules).Error, "dueOn", "due-date-set-by-rule");
    }

    [Fact]
    public void LogRefusesAnOmbudsmanDueDateBeforeReceipt()
    {
        Refused.Invalid(Case.Log(Ombudsman("2026-06-01", dueOn: "2026-05-29"), "LG-2026-0001", Guid.NewGuid(), Logger, Now, Rules).Error,
            "dueOn", "dueOn-before-receivedOn");
    }

    [Fact]
    public void LogRefusesAKindWithNoConfiguredTimescale()
    {
        var noMemberTimescale = new ClockRules(
            new TimescalePolicy(TimescalePolicy.Defaults.Rules.Where(r => r.Kind != CaseKind.MemberEnquiry)), WorkingDayCalendar.EnglandAndWales);

        Refused.ByWorkflow(Case.Log(MemberEnquiry(), "ME-2026-0001", Guid.NewGuid(), Logger, Now, noMemberTimescale).Error, "no-timescale");
    }
}
