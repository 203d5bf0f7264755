using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Retention;
using ComplaintsAssistant.Core.Tests.Cases;
using static ComplaintsAssistant.Core.Tests.Cases.Given;

namespace ComplaintsAssistant.Core.Tests.Retention;

public class DisposalDecisionTests
{
    private static Case ClosedOn(string on)
    {
        var c = StatutoryResponded();
        Assert.Null(c.Close(Day(on), null, Manager, Now).Error);
        return c;
    }

    [Theory]
    // Closed 16 June 2026, kept 6 years: destroyed on 16 June 2032; on the list from 17 May (30 days before).
    [InlineData("2032-05-16", DisposalState.NotYet)]
    [InlineData("2032-05-17", DisposalState.OnNotice)]
    [InlineData("2032-06-15", DisposalState.OnNotice)]
    [InlineData("2032-06-16", DisposalState.Due)]
    public void AClosedComplaintIsKeptSixYearsAfterClosure(string today, DisposalState expected)
    {
        var decision = DisposalDecision.For(ClosedOn("2026-06-16"), RetentionSchedule.Default, [], Day(today));

        Assert.Equal((expected, Day("2032-06-16")), (decision.State, decision.DisposeOn));
        Assert.Equal("statutory complaints: closure + 6 years", decision.Rule.InWords);
    }

    [Fact]
    public void AnOpenComplaintIsKeptHoweverOld()
    {
        var decision = DisposalDecision.For(StatutoryCase("2015-01-05"), RetentionSchedule.Default, [], Day("2040-01-01"));

        Assert.Equal((DisposalState.Kept, (DateOnly?)null), (decision.State, decision.DisposeOn));
    }

    [Fact]
    public void AComplimentIsKeptTwoYearsFromReceipt()
    {
        var decision = DisposalDecision.For(Logged(Compliment("2024-02-29")), RetentionSchedule.Default, [], Day("2026-02-28"));

        Assert.Equal((DisposalState.Due, Day("2026-02-28")), (decision.State, decision.DisposeOn));
    }

    [Theory]
    [InlineData(HoldScope.Team, "children in care")]
    [InlineData(HoldScope.Class, "StatutoryComplaint")]
    public void AHoldOnTheTeamOrTheClassStopsDisposal(HoldScope scope, string target)
    {
        var hold = new LegalHold(Guid.NewGuid(), scope, target, "IICSA: do not destroy records of children in care", "officer-1", Now);

        var decision = DisposalDecision.For(ClosedOn("2026-06-16"), RetentionSchedule.Default, [hold], Day("2040-01-01"));

        Assert.Equal(DisposalState.Held, decision.State);
        Assert.Equal([hold], decision.Holds);
        Assert.Equal(Day("2032-06-16"), decision.DisposeOn);
    }

    [Fact]
    public void AHoldOnAnotherCaseOrTeamOrClassDoesNot()
    {
        var subject = ClosedOn("2026-06-16");
        LegalHold[] others =
        [
            new(Guid.NewGuid(), HoldScope.Case, Guid.NewGuid().ToString(), "another case", "officer-1", Now),
            new(Guid.NewGuid(), HoldScope.Team, "Fostering", "another team", "officer-1", Now),
            new(Guid.NewGuid(), HoldScope.Class, "Compliment", "another class", "officer-1", Now),
        ];

        Assert.Equal(DisposalState.Due, DisposalDecision.For(subject, RetentionSchedule.Default, others, Day("2040-01-01")).State);
    }

    [Fact]
    public void AHeldCaseIsNeverDestroyedAndTheRefusalSaysWhy()
    {
        var subject = ClosedOn("2026-06-16");
        var hold = new LegalHold(Guid.NewGuid(), HoldScope.Case, subject.Id.ToString(), "Court proceedings pending", "officer-1", Now);
        var decision = DisposalDecision.For(subject, RetentionSchedule.Default, [hold], Day("2040-01-01"));

        var refused = DisposalRecord.Of(subject.Reference, decision, Day("2040-01-01"), "officer-1");

        Assert.Equal("legal-hold", refused.Error?.Rule);
        Assert.Contains("Held: Court proceedings pending", refused.Error?.Message);
    }

    [Fact]
    public void ACaseNotYetDueCantBeDestroyed()
    {
        var subject = ClosedOn("2026-06-16");
        var decision = DisposalDecision.For(subject, RetentionSchedule.Default, [], Day("2032-06-15"));

        var refused = DisposalRecord.Of(subject.Reference, decision, Day("2032-06-15"), "officer-1");

        Assert.Equal("retention-not-ended", refused.Error?.Rule);
        Assert.Contains("kept until 16 June 2032", refused.Error?.Message);
    }

    [Fact]
    public void TheDisposalRecordKeepsTheReferenceAndRuleButNothingAboutThePeople()
    {
        var subject = ClosedOn("2026-06-16");
        var decision = DisposalDecision.For(subject, RetentionSchedule.Default, [], Day("2032-06-16"));

        var record = DisposalRecord.Of(subject.Reference, decision, Day("2032-06-16"), "officer-1").Value;

        Assert.Equal(new DisposalRecord(subject.Reference, RecordClass.StatutoryComplaint, "statutory complaints: closure + 6 years",
            Day("2032-06-16"), "officer-1"), record);
    }

    [Fact]
    public void ACouncilsOwnLineReplacesTheDefaultForItsClassOnly()
    {
        var schedule = RetentionSchedule.With(
            [new RetentionRule(RecordClass.StatutoryComplaint, new RetentionPeriod(75, 0), RetentionTrigger.Closure)], noticeDays: 60).Value!;

        var decision = DisposalDecision.For(ClosedOn("2026-06-16"), schedule, [], Day("2101-04-17"));

        Assert.Equal((DisposalState.OnNotice, Day("2101-06-16")), (decision.State, decision.DisposeOn));
        Assert.Equal(RetentionSchedule.Default.For(RecordClass.Compliment), schedule.For(RecordClass.Compliment));
    }

    [Fact]
    public void ANoticePeriodOutsideAYearIsRefusedNamingTheSetting()
    {
        var error = RetentionSchedule.With([], noticeDays: 0).Error;

        Assert.Equal(("Retention:NoticeDays", "retention-notice"), (error?.Field, error?.Rule));
    }
}
