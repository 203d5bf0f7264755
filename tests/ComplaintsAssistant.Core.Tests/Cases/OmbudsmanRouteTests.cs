using ComplaintsAssistant.Core.Cases;
using static ComplaintsAssistant.Core.Tests.Cases.Given;

namespace ComplaintsAssistant.Core.Tests.Cases;

/// <summary>After the last stage of a complaints procedure, a request to escalate is answered with the way to the Ombudsman.</summary>
public class OmbudsmanRouteTests
{
    private const string Route = "If the complainant is still unhappy, they can ask the Local Government and Social Care Ombudsman (LGSCO) " +
        "to look at it: https://www.lgo.org.uk or 0300 061 0614.";

    private static readonly Dictionary<string, Func<Case>> EndsOfTheRoad = new()
    {
        ["statutory stage 3 decision"] = () => StatutoryRecommendationsIssued().Decides("2026-09-08"),
        ["corporate stage 2 response"] = () => CorporateAtStage2().Responds("2026-06-26"),
        ["statutory stage 2 not progressed"] = () => StatutoryEscalated().RefusesEscalation("2026-06-05"),
        ["statutory stage 3 not progressed"] = () => StatutoryAtStage2().Responds("2026-07-03").Escalates("2026-07-06").RefusesEscalation("2026-07-10"),
        ["statutory stage 3 resolved by ADR"] = () => StatutoryAtStage2().Responds("2026-07-03").Escalates("2026-07-06").SettlesByAdr("2026-07-10"),
        ["corporate stage 2 resolved by ADR"] = () => CorporateCase().Responds("2026-05-15").Escalates("2026-06-01").SettlesByAdr("2026-06-10"),
    };

    public static TheoryData<string, string> Ends => new()
    {
        { "statutory stage 3 decision", "The stage 3 decision was issued on 8 September 2026" },
        { "corporate stage 2 response", "The stage 2 response was sent on 26 June 2026" },
        { "statutory stage 2 not progressed", "On 5 June 2026 the council decided not to progress the request for stage 2" },
        { "statutory stage 3 not progressed", "On 10 July 2026 the council decided not to progress the request for stage 3" },
        { "statutory stage 3 resolved by ADR", "The request for stage 3 was resolved by alternative dispute resolution on 10 July 2026" },
        { "corporate stage 2 resolved by ADR", "The request for stage 2 was resolved by alternative dispute resolution on 10 June 2026" },
    };

    [Theory]
    [MemberData(nameof(Ends))]
    public void RequestEscalationAtTheEndOfTheProcedureIsAnsweredWithTheOmbudsman(string end, string why)
    {
        var complaint = EndsOfTheRoad[end]();
        var before = complaint.Snapshot;

        var error = Refused.ByWorkflow(complaint.RequestEscalation(Day("2026-12-01"), "They are still unhappy.", Logger, Now, Rules).Error, "ombudsman-route");

        var reference = complaint.Reference;
        Assert.Equal($"{why}, so {reference} has reached the end of the council's complaints procedure and can't be escalated. {Route}", error.Message);
        Assert.Equal(error.Message, OmbudsmanRoute.Answer(complaint));
        Assert.Same(before, complaint.Snapshot);
    }

    [Fact]
    public void AnEscalationSettledByAdrBeforeTheLastStageIsStillJustClosed()
    {
        // The complainant could still have stage 2 from the council; the Ombudsman would call the complaint premature.
        var complaint = StatutoryEscalated().SettlesByAdr("2026-06-10");

        var error = Refused.ByWorkflow(complaint.RequestEscalation(Day("2026-12-01"), "late", Logger, Now, Rules).Error, "escalation-not-allowed");

        Assert.Equal("Can't request escalation: CC-2026-0001 is closed.", error.Message);
        Assert.Null(OmbudsmanRoute.Answer(complaint));
    }

    [Fact]
    public void AWithdrawnComplaintIsNotSentToTheOmbudsman()
    {
        var complaint = StatutoryAtStage2().Responds("2026-07-03");
        Assert.Null(complaint.Withdraw(Day("2026-07-06"), "Resolved by phone.", Manager, Now).Error);

        Refused.ByWorkflow(complaint.RequestEscalation(Day("2026-12-01"), "late", Logger, Now, Rules).Error, "escalation-not-allowed");
        Assert.Null(OmbudsmanRoute.Answer(complaint));
    }

    [Fact]
    public void ThereIsNoAnswerWhileTheComplaintCanGoFurtherOrForOtherKinds()
    {
        Assert.Null(OmbudsmanRoute.Answer(StatutoryAtStage2().Responds("2026-07-03")));
        Assert.Null(OmbudsmanRoute.Answer(StatutoryCase()));
        Assert.Null(OmbudsmanRoute.Answer(Logged(MemberEnquiry()).Responds("2026-05-14")));
        Assert.Null(OmbudsmanRoute.Answer(Logged(Compliment())));
    }
}

internal static class EndOfTheRoadSteps
{
    public static Case Decides(this Case c, string on)
    {
        Assert.Null(c.RecordDecision(Response(on), "director-1", Now).Error);
        return c;
    }

    public static Case RefusesEscalation(this Case c, string on)
    {
        Assert.Null(c.RefuseEscalation(RefusalGround.CourtProceedings, "Care proceedings under way.", Day(on), "officer-1", Now).Error);
        return c;
    }

    public static Case SettlesByAdr(this Case c, string on)
    {
        Assert.Null(c.ResolveByAdr(Day(on), "Mediation meeting; plan agreed.", "officer-1", Now).Error);
        return c;
    }
}
