using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Store.Tests.Contract;

/// <summary>Cases made through the real domain, on a pinned date, for store tests.</summary>
internal static class SampleCases
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);
    private static int _number;

    public static Case Statutory(string team = "Children in Care", string owner = "manager-1", DateOnly? receivedOn = null, string? intakeKey = null,
        Guid? id = null)
    {
        var n = Interlocked.Increment(ref _number);
        return Case.Log(StatutoryInput(team, owner, receivedOn, intakeKey), $"CC-2026-{n:0000}", id ?? Guid.NewGuid(), "officer-1", Now, ClockRules.Default).Value;
    }

    /// <summary>A statutory complaint as it arrives, before it is logged.</summary>
    public static NewCase StatutoryInput(string team = "Children in Care", string owner = "manager-1", DateOnly? receivedOn = null, string? intakeKey = null) =>
        new(CaseKind.StatutoryComplaint, receivedOn ?? new DateOnly(2026, 5, 1), HowReceived.Email, team, owner,
            new Complainant(ComplainantRelationship.Parent, Name: "A Parent"),
            [new ChildConcerned(AgeBand.TenToFifteen, Gender.Female, Ethnicity.WhiteBritish, Disability.None)],
            ["Lack of communication", "Lack of communication", "Unhappy with assessment"],
            Summary: "Nobody returned my calls.", IntakeKey: intakeKey);

    public static Case Compliment(string team = "Fostering")
    {
        var input = new NewCase(CaseKind.Compliment, new DateOnly(2026, 5, 2), HowReceived.Email, team,
            Compliment: new ComplimentDetails("Practice", ComplimentSource.FosterCarer, "She was brilliant with our boy."));
        var n = Interlocked.Increment(ref _number);
        return Case.Log(input, $"CO-2026-{n:0000}", Guid.NewGuid(), "worker-1", Now, ClockRules.Default).Value;
    }

    public static CaseIndex Index(Case subject) => CaseIndex.Of(subject, ClockRules.Default);

    /// <summary>Compares whole cases by their stored JSON shape: equal JSON, equal case.</summary>
    public static string Json(Case subject) => CaseJson.Serialize(subject);
}
