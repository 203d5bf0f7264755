using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Bench.Figures;

/// <summary>Statutory complaints over two financial years (2024/25 and 2025/26), four teams, most answered within 0–29
/// days of receipt, so the stage 1 figure has both years, every band and every team to count; one child each, across
/// every age band, gender, ethnicity and disability.</summary>
internal static class FigureCases
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly string[] Teams = ["Children in Care", "Fostering", "Safeguarding", "Disabled Children"];
    private static readonly DateOnly FirstDay = new(2024, 4, 1);

    public static Case Make(int n)
    {
        var received = FirstDay.AddDays(n % 730);
        var input = new NewCase(CaseKind.StatutoryComplaint, received, HowReceived.Email, Teams[n % Teams.Length], $"manager-{n % 10}",
            new Complainant(ComplainantRelationship.Parent, Name: "A Parent"),
            [new ChildConcerned((AgeBand)(n % 7), (Gender)(n % 4), (Ethnicity)(n % 19), (Disability)(n % 5))],
            ["Lack of communication", "Unhappy with assessment"]);
        var made = Case.Log(input, $"CC-{n:0000000}", Guid.NewGuid(), "officer-1", Now, ClockRules.Default).Value;
        if (n % 7 != 0)
            made.RecordResponse(new StageResponse(received.AddDays(n % 30), Outcome.PartiallyUpheld, [Resolution.Apology],
                [new ConcernOutcome(1, Outcome.Upheld), new ConcernOutcome(2, Outcome.NotUpheld)]), "manager-1", Now);
        return made;
    }

    public static CaseIndex Index(Case subject) => CaseIndex.Of(subject, ClockRules.Default);
}
