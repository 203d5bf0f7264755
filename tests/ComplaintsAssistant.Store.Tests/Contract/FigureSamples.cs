using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Store.Tests.Contract;

/// <summary>Cases at known points of their stages, for the figures' tests. Received 1 May 2026 (a Friday), stage 1 is
/// due on Monday 18 May: 4 May and 25 May 2026 are bank holidays.</summary>
internal static class FigureSamples
{
    public static readonly DateOnly May1 = new(2026, 5, 1);
    private static int _compliments;

    /// <summary>Answered with every concern upheld (the sample's three concerns: communication twice, assessment once).</summary>
    public static Case Answered(DateOnly receivedOn, DateOnly respondedOn, string team = "Children in Care", int? extendTo = null)
    {
        var subject = SampleCases.Statutory(team: team, receivedOn: receivedOn);
        if (extendTo is { } days)
            Assert.True(subject.Extend(days, ExtensionGround.Complex, "Several agencies to speak to", true, receivedOn.AddDays(3), "manager-1", SampleCases.Now).Succeeded);
        var response = new StageResponse(respondedOn, Outcome.Upheld, [Resolution.Apology],
            subject.Concerns.Select(c => new ConcernOutcome(c.Number, c.Number == 3 ? Outcome.NotUpheld : Outcome.Upheld)).ToArray());
        Assert.True(subject.RecordResponse(response, "manager-1", SampleCases.Now).Succeeded);
        return subject;
    }

    public static Case Withdrawn(DateOnly receivedOn)
    {
        var subject = SampleCases.Statutory(receivedOn: receivedOn);
        Assert.True(subject.Withdraw(receivedOn.AddDays(2), "The family moved away", "manager-1", SampleCases.Now).Succeeded);
        return subject;
    }

    public static Case Compliment(ComplimentSource source, string team = "Fostering")
    {
        var input = new NewCase(CaseKind.Compliment, May1, HowReceived.Email, team,
            Compliment: new ComplimentDetails("Practice", source, "Thank you for everything."));
        return Case.Log(input, $"CO-2026-{Interlocked.Increment(ref _compliments):0000}", Guid.NewGuid(), "worker-1", SampleCases.Now, ClockRules.Default).Value;
    }
}
