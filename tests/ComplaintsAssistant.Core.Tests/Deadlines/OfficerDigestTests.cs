using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Deadlines;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.SubjectAccess;
using ComplaintsAssistant.Core.Tests.Cases;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Tests.Deadlines;

/// <summary>The complaints officers' weekly digest for Monday 1 June 2026 (10:00 in London), from a handful of cases and
/// the prompt ledger: counts and references only.</summary>
public class OfficerDigestTests
{
    private static readonly DateTimeOffset Monday = new(2026, 6, 1, 10, 0, 0, TimeSpan.FromHours(1));

    private static Case Acknowledged(string reference, string receivedOn)
    {
        var c = Case.Log(Given.Statutory(receivedOn), reference, Guid.NewGuid(), Given.Logger, Given.Now, Given.Rules).Value;
        Assert.Null(c.Acknowledge(Given.Day(receivedOn), Given.Manager, Given.Now).Error);
        return c;
    }

    private static PromptEntry Entry(string reference, PromptState state, DateTimeOffset leaseUntil, string? failure = null) =>
        new($"{reference}/{state}", Guid.NewGuid(), reference, "manager-2", state, "host-a", leaseUntil, 1, Monday.AddHours(-2), LastFailure: failure);

    private static OfficerDigest Digest()
    {
        var extended = Acknowledged("CC-2026-0013", "2026-05-20");
        Assert.Null(extended.Extend(20, ExtensionGround.Complex, "Records from two teams", true, Given.Day("2026-05-27"), Given.Manager, Given.Now).Error);
        var closed = Given.Logged(Given.Informal("2026-05-01")).Responds("2026-05-15"); // an informal representation closes when answered
        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Null(closed.AddLearningAction(Attempt.Learning("2026-05-29"), Given.Manager, new DateTimeOffset(2026, 5, 15, 12, 0, 0, TimeSpan.Zero)).Error);
        var cases = new[]
        {
            closed,                                                                     // IR-2026-0001: closed, its learning action overdue
            Acknowledged("CC-2026-0012", "2026-05-20"),                                 // due Thursday 4 June (25 May doesn't count)
            Acknowledged("CC-2026-0011", "2026-05-01"),                                 // due 18 May: overdue
            extended,                                                                   // extended to 20: due 18 June
            Given.StatutoryEscalated(),                                                 // CC-2026-0001: answered, stage 2 requested
            Given.Logged(Given.Compliment()),                                           // nothing to answer
            Case.Log(Given.Statutory("2026-05-28"), "CC-2026-0014", Guid.NewGuid(), Given.Logger, Given.Now, Given.Rules).Value, // acknowledgement due 2 June
        };
        var ledger = new[]
        {
            Entry("CC-2026-0020", PromptState.Undelivered, Monday, "Teams refused the message (403): the app may be uninstalled or blocked for this person."),
            Entry("CC-2026-0021", PromptState.Sending, Monday.AddMinutes(-1)),         // its host died while sending
            Entry("CC-2026-0022", PromptState.Sending, Monday.AddMinutes(4)),          // being sent now
            Entry("CC-2026-0023", PromptState.Claimed, Monday.AddMinutes(-1)),         // a lapsed claim another host will send
        };
        return OfficerDigest.Of(cases, ledger, Monday, ClockRules.Default);
    }

    [Fact]
    public void Overdue_and_due_this_week_list_each_deadline_by_reference_and_due_date()
    {
        var digest = Digest();

        Assert.Equal(new DigestWeek(2026, 23, Given.Day("2026-06-01")), digest.Week);
        Assert.Equal(
            [
                new DigestDeadline("CC-2026-0011", PromptClock.Response, 1, Given.Day("2026-05-18")),
                new DigestDeadline("IR-2026-0001", PromptClock.LearningAction, 1, Given.Day("2026-05-29")),
            ],
            digest.Overdue);
        Assert.Equal(
            [
                new DigestDeadline("CC-2026-0014", PromptClock.Acknowledgement, 1, Given.Day("2026-06-02")),
                new DigestDeadline("CC-2026-0012", PromptClock.Response, 1, Given.Day("2026-06-04")),
            ],
            digest.DueThisWeek);
    }

    [Fact]
    public void Extended_cases_and_cases_awaiting_an_escalation_decision_are_listed_by_reference()
    {
        var digest = Digest();

        Assert.Equal(["CC-2026-0013"], digest.Extended);
        Assert.Equal(["CC-2026-0001"], digest.AwaitingEscalationDecision);
    }

    [Fact]
    public void People_the_bot_cannot_reach_are_the_undelivered_prompts_with_why_and_those_in_doubt_not_those_being_sent()
    {
        var unreached = Digest().CannotReach;

        Assert.Equal([("CC-2026-0020", false), ("CC-2026-0021", true)], unreached.Select(u => (u.Reference, u.InDoubt)));
        Assert.Contains("uninstalled or blocked", unreached[0].Why);
        Assert.Contains("may not have arrived", unreached[1].Why);
        Assert.All(unreached, u => Assert.Equal("manager-2", u.Recipient));
    }

    [Theory]
    [InlineData("2026-06-01", DayOfWeek.Monday, "2026-06-01")]
    [InlineData("2026-06-07", DayOfWeek.Monday, "2026-06-01")]   // Sunday is the week's last day
    [InlineData("2026-06-03", DayOfWeek.Thursday, "2026-06-04")]
    [InlineData("2026-06-03", DayOfWeek.Sunday, "2026-06-07")]
    public void The_digest_day_is_that_weekday_of_the_ISO_week(string day, DayOfWeek digestDay, string expected) =>
        Assert.Equal(Given.Day(expected), DigestWeek.Of(Given.Day(day)).Day(digestDay));

    [Fact]
    public void The_week_of_new_year_belongs_to_its_ISO_year() =>
        Assert.Equal("2026-W53", DigestWeek.Of(Given.Day("2027-01-01")).ToString());

    [Fact]
    public void Subject_access_requests_not_answered_are_listed_soonest_due_first_by_reference_only()
    {
        static SubjectAccessRequest Request(string reference, string receivedOn, string? answeredOn = null) =>
            new(Guid.NewGuid(), reference, "Mary Smith", null, null, Given.Day(receivedOn), null, null, "officer-1", Monday,
                answeredOn is null ? null : Given.Day(answeredOn));
        var requests = new[]
        {
            Request("SAR-2026-0002", "2026-05-20"),                 // due 22 June (20 June is a Saturday)
            Request("SAR-2026-0001", "2026-04-27"),                 // due 27 May: overdue
            Request("SAR-2026-0003", "2026-04-01", "2026-04-30"),   // answered
        };

        var digest = OfficerDigest.Of([], [], Monday, Given.Rules, requests);

        Assert.Equal([new("SAR-2026-0001", Given.Day("2026-05-27")), new DigestSubjectAccess("SAR-2026-0002", Given.Day("2026-06-22"))], digest.SubjectAccess);
    }
}
