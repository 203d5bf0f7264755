using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Bench.Figures;

/// <summary>Two financial years (2024/25 and 2025/26), four teams: seven in ten statutory complaints (most answered within
/// 0–29 days of receipt), and a corporate complaint, a compliment and a member enquiry in every ten, so each figure of the
/// catalogue has rows to count in both years; one child each, across every age band, gender, ethnicity and disability.</summary>
internal static class FigureCases
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly string[] Teams = ["Children in Care", "Fostering", "Safeguarding", "Disabled Children"];
    private static readonly DateOnly FirstDay = new(2024, 4, 1);

    public static Case Make(int n)
    {
        var received = FirstDay.AddDays(n % 730);
        var team = Teams[n % Teams.Length];
        var input = (n % 10) switch
        {
            7 => new NewCase(CaseKind.CorporateComplaint, received, HowReceived.Email, team, $"manager-{n % 10}",
                new Complainant(ComplainantRelationship.Parent, Name: "A Parent"), [], ["Level of service"]),
            8 => new NewCase(CaseKind.Compliment, received, HowReceived.Email, team,
                Compliment: new ComplimentDetails("Communication", (ComplimentSource)(n % 8), "Thank you for everything.")),
            9 => new NewCase(CaseKind.MemberEnquiry, received, HowReceived.Email, team, $"manager-{n % 10}",
                new Complainant(ComplainantRelationship.ElectedMember, Name: "A Member"), Member: new MemberDetails((MemberType)(n % 3), "A Member")),
            _ => new NewCase(CaseKind.StatutoryComplaint, received, HowReceived.Email, team, $"manager-{n % 10}",
                new Complainant(ComplainantRelationship.Parent, Name: "A Parent"),
                [new ChildConcerned((AgeBand)(n % 7), (Gender)(n % 4), (Ethnicity)(n % 19), (Disability)(n % 5))],
                ["Lack of communication", "Unhappy with assessment"]),
        };
        var made = Case.Log(input, $"CC-{n:0000000}", Guid.NewGuid(), "officer-1", Now, ClockRules.Default).Value;
        if (input.Kind == CaseKind.StatutoryComplaint && n % 7 != 0)
            made.RecordResponse(new StageResponse(received.AddDays(n % 30), Outcome.PartiallyUpheld, [Resolution.Apology],
                [new ConcernOutcome(1, Outcome.Upheld), new ConcernOutcome(2, Outcome.NotUpheld)]), "manager-1", Now);
        else if (input.Kind is CaseKind.CorporateComplaint or CaseKind.MemberEnquiry)
            made.RecordResponse(new StageResponse(received.AddDays(n % 25), Outcome.NotUpheld, [],
                input.Kind == CaseKind.MemberEnquiry ? [] : [new ConcernOutcome(1, Outcome.NotUpheld)]), "manager-1", Now);
        return made;
    }

    public static CaseIndex Index(Case subject) => CaseIndex.Of(subject, ClockRules.Default);
}
