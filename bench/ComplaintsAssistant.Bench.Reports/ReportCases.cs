using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Bench.Reports;

/// <summary>Three financial years (2023/24 to 2025/26) of statutory complaints, compliments and member enquiries across
/// five teams, most complaints answered within 0–29 days, one in forty with a learning action: every table and the action
/// plan have rows in every year.</summary>
internal static class ReportCases
{
    private static readonly string[] Teams = ["Children in Care", "Fostering", "Safeguarding", "Disabled Children", "Care Leavers"];
    private static readonly string[] Concerns = ["Lack of communication", "Unhappy with assessment", "Attitude of staff", "Level of service"];
    private static readonly DateOnly FirstDay = new(2023, 4, 1);

    public static Case Make(int n)
    {
        var received = FirstDay.AddDays(n % 1095);
        var team = Teams[n % Teams.Length];
        var now = new DateTimeOffset(received.AddDays(40).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        var input = (n % 10) switch
        {
            8 => new NewCase(CaseKind.Compliment, received, HowReceived.Email, team,
                Compliment: new ComplimentDetails("Communication", (ComplimentSource)(n % 8), "Thank you for everything.")),
            9 => new NewCase(CaseKind.MemberEnquiry, received, HowReceived.Email, team, $"manager-{n % 10}",
                new Complainant(ComplainantRelationship.ElectedMember, Name: "A Member"), Member: new MemberDetails((MemberType)(n % 3), "A Member")),
            _ => new NewCase(CaseKind.StatutoryComplaint, received, HowReceived.Email, team, $"manager-{n % 10}",
                new Complainant(ComplainantRelationship.Parent, Name: "A Parent"), [], [Concerns[n % 4], Concerns[(n + 1) % 4]]),
        };
        var made = Case.Log(input, $"CC-{n:0000000}", Guid.NewGuid(), "officer-1", now, ClockRules.Default).Value;
        if (input.Kind == CaseKind.StatutoryComplaint && n % 7 != 0)
            made.RecordResponse(new StageResponse(received.AddDays(n % 30), Outcome.PartiallyUpheld, [Resolution.Apology],
                [new ConcernOutcome(1, Outcome.Upheld), new ConcernOutcome(2, Outcome.NotUpheld)]), "manager-1", now);
        if (input.Kind == CaseKind.StatutoryComplaint && n % 40 == 1)
            made.AddLearningAction(new NewLearningAction("What went wrong", "What was learnt", $"Action {n}", "Children's Services", "manager-1",
                received.AddDays(90)), "officer-1", now);
        return made;
    }

    public static CaseIndex Index(Case subject) => CaseIndex.Of(subject, ClockRules.Default);
}
