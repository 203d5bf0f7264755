using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Learning;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Bench.Store;

/// <summary>Realistic cases made through the domain, on a pinned date, spread over owners, teams and days.</summary>
internal static class BenchCases
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly string[] Teams = ["Children in Care", "Fostering", "Safeguarding", "Disabled Children"];

    public static Case Make(int n, string? intakeKey = null)
    {
        var input = new NewCase(CaseKind.StatutoryComplaint, new DateOnly(2026, 3, 1).AddDays(n % 90), HowReceived.Email,
            Teams[n % Teams.Length], $"manager-{n % 10}",
            new Complainant(ComplainantRelationship.Parent, Name: "A Parent"),
            [new ChildConcerned(AgeBand.TenToFifteen, Gender.Female, Ethnicity.WhiteBritish, Disability.None)],
            ["Lack of communication", "Unhappy with assessment"], Summary: "Nobody returned my calls.", IntakeKey: intakeKey);
        var made = Case.Log(input, $"CC-2026-{n:00000}", Guid.NewGuid(), "officer-1", Now, ClockRules.Default).Value;
        if (n % 5 == 0)
            made.AddLearningAction(new NewLearningAction("Calls unanswered", "Return calls", "Duty rota", Teams[n % Teams.Length], "manager-1",
                new DateOnly(2026, 9, 1).AddDays(n % 30)), "officer-1", Now);
        return made;
    }

    public static CaseIndex Index(Case subject) => CaseIndex.Of(subject, ClockRules.Default);
}
