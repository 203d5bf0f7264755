using System.Globalization;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Tests.Cases;

/// <summary>Pinned dates and ready-made cases. "Now" is fixed, never the real clock, so every expected
/// date below was counted by hand against the England and Wales calendar.</summary>
internal static class Given
{
    /// <summary>Monday 1 March 2027, midday: late enough for every step of the 2026 timelines to be in the past.</summary>
    public static readonly DateTimeOffset Now = new(2027, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Today = new(2027, 3, 1);

    public const string Logger = "staff-1";
    public const string Manager = "manager-1";
    public const string Investigator = "investigator-1";
    public const string IndependentPerson = "Pat Independent";
    public const string Team = "Children in Care";

    public static ClockRules Rules => ClockRules.Default;

    /// <summary>Attribute rows cannot hold DateOnly, so rows carry ISO strings.</summary>
    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static NewCase Statutory(string receivedOn = "2026-05-01") =>
        new(CaseKind.StatutoryComplaint, Day(receivedOn), HowReceived.Email, Team, Owner: Manager,
            Complainant: new Complainant(ComplainantRelationship.Parent),
            ConcernCategories: ["Lack of communication", "Level of service", "Lack of communication"]);

    public static NewCase Corporate(string receivedOn = "2026-05-01") =>
        Statutory(receivedOn) with { Kind = CaseKind.CorporateComplaint };

    public static NewCase Informal(string receivedOn = "2026-05-01") =>
        new(CaseKind.InformalRepresentation, Day(receivedOn), HowReceived.Telephone, Team, Owner: Manager);

    public static NewCase MemberEnquiry(string receivedOn = "2026-05-01") =>
        new(CaseKind.MemberEnquiry, Day(receivedOn), HowReceived.Letter, Team, Owner: Manager,
            Member: new MemberDetails(MemberType.MP, "A. Member MP"));

    public static NewCase Ombudsman(string receivedOn = "2026-06-01", string? dueOn = "2026-06-29") =>
        new(CaseKind.OmbudsmanEnquiry, Day(receivedOn), HowReceived.Email, Team, Owner: Manager,
            Ombudsman: new OmbudsmanDetails("25 001 234", "CC-2025-0042"), FixedDueOn: dueOn is null ? null : Day(dueOn));

    public static NewCase Compliment(string receivedOn = "2026-05-01") =>
        new(CaseKind.Compliment, Day(receivedOn), HowReceived.Email, Team,
            Compliment: new ComplimentDetails("Communication", ComplimentSource.ParentOrCarer, "She always called back."));

    public static NewCase Comment(string receivedOn = "2026-05-01") =>
        new(CaseKind.Comment, Day(receivedOn), HowReceived.OnlineForm, Team, Summary: "The waiting room needs toys.");

    public static Case Logged(NewCase input, ClockRules? rules = null)
    {
        var logged = Case.Log(input, $"{input.Kind.ReferencePrefix()}-{input.ReceivedOn.Year}-0001", Guid.NewGuid(), Logger, Now, rules ?? Rules);
        Assert.Null(logged.Error);
        return logged.Value;
    }

    public static Case StatutoryCase(string receivedOn = "2026-05-01", ClockRules? rules = null) => Logged(Statutory(receivedOn), rules);

    public static Case CorporateCase(string receivedOn = "2026-05-01") => Logged(Corporate(receivedOn));

    /// <summary>A response to a case logged from <see cref="Statutory"/>: without <paramref name="concerns"/>, each of its three
    /// concerns gets the overall outcome (every concern needs one).</summary>
    public static StageResponse Response(string on, Outcome outcome = Outcome.PartiallyUpheld, params ConcernOutcome[] concerns) =>
        new(Day(on), outcome, [Resolution.Apology, Resolution.ExplanationGiven],
            concerns.Length > 0 ? concerns : [.. Enumerable.Range(1, 3).Select(n => new ConcernOutcome(n, outcome))]);

    /// <summary>A response to <paramref name="c"/> giving each of its concerns the overall outcome.</summary>
    public static StageResponse ResponseTo(Case c, string on, Outcome outcome = Outcome.PartiallyUpheld) =>
        new(Day(on), outcome, [Resolution.Apology, Resolution.ExplanationGiven], [.. c.Concerns.Select(concern => new ConcernOutcome(concern.Number, outcome))]);

    /// <summary>The statutory timeline every stage test walks along. Received Fri 1 May 2026; stage 1 answered
    /// Fri 15 May; stage 2 asked for Mon 1 Jun (10 working days later), answered Fri 3 Jul; stage 3 asked for
    /// Mon 6 Jul; panel Wed 12 Aug; recommendations Tue 18 Aug.</summary>
    public static Case StatutoryResponded(ClockRules? rules = null) => StatutoryCase(rules: rules).Responds("2026-05-15");

    public static Case StatutoryEscalated(ClockRules? rules = null) => StatutoryResponded(rules).Escalates("2026-06-01", rules: rules);

    public static Case StatutoryAtStage2(ClockRules? rules = null) => StatutoryEscalated(rules).OpensStage2("2026-06-01", rules: rules);

    public static Case StatutoryAtStage3() =>
        StatutoryAtStage2().Responds("2026-07-03").Escalates("2026-07-06").OpensNextStage(new NextStage("review-officer-1", Day("2026-07-06")));

    public static Case StatutoryPanelHeld() => StatutoryAtStage3().HoldsPanel("2026-08-12");

    public static Case StatutoryRecommendationsIssued() => StatutoryPanelHeld().ReceivesRecommendations("2026-08-18");

    public static readonly string[] Panel = ["Chair Person", "Second Member", "Third Member"];

    /// <summary>A council that counts stage 2 from the day the written statement of complaint is agreed.</summary>
    public static ClockRules CountedFromTheAgreedStatement => new(
        TimescalePolicy.Defaults.With([new TimescaleRule(CaseKind.StatutoryComplaint, TimescaleKey.Stage2Response, DateOnly.MinValue, new Timescale(25, 65), ClockBasis.AgreedStatement)]),
        WorkingDayCalendar.EnglandAndWales);

    /// <summary>Corporate: stage 1 answered Fri 15 May 2026, stage 2 asked for Mon 1 Jun and opened that day by someone new.</summary>
    public static Case CorporateAtStage2() =>
        CorporateCase().Responds("2026-05-15").Escalates("2026-06-01").OpensNextStage(new NextStage("head-of-service-1", Day("2026-06-01")));

    // Steps: each asserts it succeeded so a broken setup fails where it broke.

    public static Case Responds(this Case c, string on, Outcome outcome = Outcome.PartiallyUpheld)
    {
        Assert.Null(c.RecordResponse(ResponseTo(c, on, outcome), Manager, Now).Error);
        return c;
    }

    public static Case Escalates(this Case c, string on, string? lateReason = null, ClockRules? rules = null)
    {
        Assert.Null(c.RequestEscalation(Day(on), lateReason, Logger, Now, rules ?? Rules).Error);
        return c;
    }

    public static Case OpensStage2(this Case c, string on, string owner = Investigator, string? statementAgreedOn = null, ClockRules? rules = null) =>
        c.OpensNextStage(new NextStage(owner, Day(on), IndependentPerson, statementAgreedOn is null ? null : Day(statementAgreedOn)), rules);

    public static Case OpensNextStage(this Case c, NextStage next, ClockRules? rules = null)
    {
        Assert.Null(c.OpenNextStage(next, "officer-1", Now, rules ?? Rules).Error);
        return c;
    }

    public static Case HoldsPanel(this Case c, string on)
    {
        Assert.Null(c.RecordPanelHearing(Day(on), Panel, "officer-1", Now, Rules).Error);
        return c;
    }

    public static Case ReceivesRecommendations(this Case c, string on)
    {
        Assert.Null(c.RecordRecommendations(Day(on), "officer-1", Now, Rules).Error);
        return c;
    }

    public static Case AgreesStatement(this Case c, string on)
    {
        Assert.Null(c.AgreeStatement(Day(on), Investigator, Now).Error);
        return c;
    }

    public static DateOnly DueOn(this Case c) => c.CurrentStage!.Clock.DueOn(WorkingDayCalendar.EnglandAndWales);
}
