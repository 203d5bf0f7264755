using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Learning;
using ComplaintsAssistant.Core.Timescales;
using static ComplaintsAssistant.Core.Tests.Cases.Given;

namespace ComplaintsAssistant.Core.Tests.Cases;

public class AuditTrailTests
{
    [Fact]
    public void EveryChangeAddsAnEntryWithWhoAndWhen()
    {
        var c = StatutoryCase();
        var step = 0;
        var expected = new List<(string Action, string Actor, DateTimeOffset At)>
        {
            ("logged", Logger, Now),
            ("stage-opened", Logger, Now),
        };
        void Apply(string action, Func<string, DateTimeOffset, Common.DomainError?> change)
        {
            var actor = $"person-{++step}";
            var at = Now.AddMinutes(step);
            Assert.Null(change(actor, at));
            expected.Add((action, actor, at));
        }

        Apply("acknowledged", (a, t) => c.Acknowledge(Day("2026-05-05"), a, t).Error);
        Apply("extended", (a, t) => c.Extend(20, ExtensionGround.AdvocateBeingFound, "Advocate being found", true, Day("2026-05-08"), a, t).Error);
        Apply("reassigned", (a, t) => c.Reassign("manager-2", a, t).Error);
        Apply("responded", (a, t) => c.RecordResponse(Response("2026-05-29"), a, t).Error);
        Apply("escalation-requested", (a, t) => c.RequestEscalation(Day("2026-06-01"), null, a, t, Rules).Error);
        Apply("stage-opened", (a, t) => c.OpenNextStage(new NextStage(Investigator, Day("2026-06-01"), IndependentPerson), a, t, Rules).Error);
        Apply("responded", (a, t) => c.RecordResponse(Response("2026-07-03"), a, t).Error);
        Apply("escalation-requested", (a, t) => c.RequestEscalation(Day("2026-07-06"), null, a, t, Rules).Error);
        Apply("stage-opened", (a, t) => c.OpenNextStage(new NextStage("review-officer-1", Day("2026-07-06")), a, t, Rules).Error);
        Apply("panel-held", (a, t) => c.RecordPanelHearing(Day("2026-08-12"), Panel, a, t, Rules).Error);
        Apply("recommendations-received", (a, t) => c.RecordRecommendations(Day("2026-08-18"), a, t, Rules).Error);
        Apply("decided", (a, t) => c.RecordDecision(Response("2026-09-08"), a, t).Error);
        Apply("payment-recorded", (a, t) => c.RecordPayment(new Payment(PaymentKind.PanelCost, 600m, "Panel fees", Day("2026-09-08")), a, t).Error);
        Apply("learning-added", (a, t) => c.AddLearningAction(Attempt.Learning(), a, t).Error);
        Apply("learning-updated", (a, t) => c.UpdateLearningAction(1, LearningStatus.InProgress, null, a, t).Error);

        Assert.Equal(expected, c.Audit.Select(e => (e.Action, e.ActorId, e.At)));
        Assert.All(c.Audit, e => Assert.False(string.IsNullOrWhiteSpace(e.Detail)));
    }

    [Fact]
    public void TheOtherEndingsAreAudited()
    {
        Assert.Equal("escalation-refused", Last(c => c.RefuseEscalation(RefusalGround.CourtProceedings, "Care proceedings", Day("2026-06-02"), "officer-1", Now).Error));
        Assert.Equal("resolved-by-adr", Last(c => c.ResolveByAdr(Day("2026-06-02"), "Mediation", "officer-1", Now).Error));
        Assert.Equal("withdrawn", Last(c => c.Withdraw(Day("2026-06-02"), "Withdrew", "officer-1", Now).Error));

        var responded = StatutoryResponded();
        Assert.Null(responded.Close(Day("2026-06-20"), null, Manager, Now).Error);
        Assert.Equal("closed", responded.Audit[^1].Action);

        var enquiry = Logged(Ombudsman());
        Assert.Null(enquiry.RecordOmbudsmanFinding(OmbudsmanFinding.NotUpheld, "officer-1", Now).Error);
        Assert.Equal("ombudsman-finding", enquiry.Audit[^1].Action);

        static string Last(Func<Case, Common.DomainError?> change)
        {
            var c = StatutoryEscalated();
            Assert.Null(change(c));
            Assert.Equal(("officer-1", Now), (c.Audit[^1].ActorId, c.Audit[^1].At));
            return c.Audit[^1].Action;
        }
    }

    [Fact]
    public void StatementAgreedIsAudited()
    {
        var rules = new ClockRules(
            TimescalePolicy.Defaults.With([new(CaseKind.StatutoryComplaint, TimescaleKey.Stage2Response, DateOnly.MinValue, new Timescale(25, 65), ClockBasis.AgreedStatement)]),
            WorkingDayCalendar.EnglandAndWales);
        var c = StatutoryAtStage2(rules);

        Assert.Null(c.AgreeStatement(Day("2026-06-08"), Investigator, Now).Error);

        Assert.Equal(("statement-agreed", Investigator), (c.Audit[^1].Action, c.Audit[^1].ActorId));
    }

    [Fact]
    public void ARefusedChangeAddsNoEntryAndChangesNothing()
    {
        var c = StatutoryCase();
        var before = c.Snapshot;

        Assert.NotNull(c.Extend(21, ExtensionGround.Complex, "too long", true, Day("2026-05-08"), Manager, Now).Error);
        Assert.NotNull(c.RecordResponse(Response("2026-04-30"), Manager, Now).Error);
        Assert.NotNull(c.Close(Day("2026-05-15"), null, Manager, Now).Error);

        Assert.Same(before, c.Snapshot);
    }
}
