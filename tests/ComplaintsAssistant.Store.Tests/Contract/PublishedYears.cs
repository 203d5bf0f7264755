using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Store.Tests.Contract;

/// <summary>Years of cases whose published tables are known: made through the domain so that their figures must reproduce
/// the council's report exactly, under the council's conventions.</summary>
internal static class PublishedYears
{
    private static readonly ClockRules Rules = ClockRules.Default;
    private static int _number;

    /// <summary>A council's 2018/19 statutory complaints (seed 002's tables): 142 complaints, 134 at stage 1, 7 at stage 2
    /// and 1 at stage 3 (furthest stage reached); by outcome upheld 6, partly upheld 70, not upheld 39, withdrawn 24,
    /// open 3 (published as 4%, 49%, 28%, 17%, 2%: largest remainder); 17 made by young people, 11 of them supported by an
    /// advocate ("Of the 17 children and young people making complaints during the year, 11 used an advocate").</summary>
    public static IReadOnlyList<Case> Statutory2018()
    {
        var cases = new List<Case>();
        Outcome?[] stage1 = [null, .. Repeat(Outcome.Upheld, 5), .. Repeat(Outcome.PartiallyUpheld, 67), .. Repeat(Outcome.NotUpheld, 37),
            .. Repeat(Outcome.Withdrawn, 24)];
        Outcome?[] stage2 = [null, Outcome.Upheld, .. Repeat(Outcome.PartiallyUpheld, 3), .. Repeat(Outcome.NotUpheld, 2)];
        var day = new DateOnly(2018, 4, 2);
        foreach (var outcome in stage1) cases.Add(Complaint(ref day, cases.Count, [outcome]));
        foreach (var outcome in stage2) cases.Add(Complaint(ref day, cases.Count, [Outcome.NotUpheld, outcome]));
        cases.Add(Complaint(ref day, cases.Count, [Outcome.NotUpheld, Outcome.NotUpheld, null]));
        return cases;
    }

    /// <summary>The same council's young people in an earlier year (<paramref name="startYear"/>/next): <paramref name="young"/>
    /// statutory complaints made by children and young people, the first <paramref name="withAdvocate"/> supported by an
    /// advocate, and one made by a parent.</summary>
    public static IReadOnlyList<Case> YoungPeople(int startYear, int young, int withAdvocate)
    {
        var day = new DateOnly(startYear, 4, 2);
        var cases = Enumerable.Range(0, young).Select(i => Made(day.AddDays(i),
            new Complainant(ComplainantRelationship.ChildOrYoungPerson, ChildComplainedDirectly: true, SupportedByAdvocate: i < withAdvocate,
                AdvocateService: i < withAdvocate ? "Barnardo's" : null))).ToList();
        cases.Add(Made(day, new Complainant(ComplainantRelationship.Parent)));
        return cases;
    }

    /// <summary>A statutory complaint received on <paramref name="received"/>, made by <paramref name="complainant"/>.</summary>
    public static Case Made(DateOnly received, Complainant complainant) =>
        Ok(Case.Log(new NewCase(CaseKind.StatutoryComplaint, received, HowReceived.Email, "Team East", "manager-1", complainant,
            ConcernCategories: ["Lack of communication"]), $"CC-{received.Year}-{Interlocked.Increment(ref _number) + 7000:0000}", Guid.NewGuid(),
            "officer-1", SampleCases.Now, Rules));

    /// <summary>A statutory complaint received in May 2026 about one child, made by <paramref name="relationship"/>.</summary>
    public static Case AboutAChild(AgeBand age, Ethnicity ethnicity, HowReceived how = HowReceived.Email,
        ComplainantRelationship relationship = ComplainantRelationship.Parent, Disability disability = Disability.None)
    {
        var input = new NewCase(CaseKind.StatutoryComplaint, new DateOnly(2026, 5, 1), how, "Children in Care", "manager-1", new Complainant(relationship),
            [new ChildConcerned(age, Gender.Female, ethnicity, disability)], ["Lack of communication"]);
        return Ok(Case.Log(input, $"CC-2026-{Interlocked.Increment(ref _number) + 5000:0000}", Guid.NewGuid(), "officer-1", SampleCases.Now, Rules));
    }

    private static IEnumerable<Outcome?> Repeat(Outcome outcome, int times) => Enumerable.Repeat<Outcome?>(outcome, times);

    private static readonly string[] Teams = ["Team East", "Team West", "ThroughCare"];

    /// <summary>One complaint taken through a stage per outcome given, the last stage answered with its outcome (null: left
    /// open; withdrawn: withdrawn before an answer). Every 8th complaint is made by the young person (17 of 142), the first 11
    /// of those supported by Barnardo's advocacy service.</summary>
    private static Case Complaint(ref DateOnly received, int index, IReadOnlyList<Outcome?> stages)
    {
        var young = index % 8 == 0 && index / 8 < 17;
        var advocate = young && index / 8 < 11;
        var complainant = new Complainant(young ? ComplainantRelationship.ChildOrYoungPerson : ComplainantRelationship.Parent,
            SupportedByAdvocate: advocate, AdvocateService: advocate ? "Barnardo's" : null);
        var input = new NewCase(CaseKind.StatutoryComplaint, received, HowReceived.Email, Teams[index % Teams.Length], "manager-1",
            complainant, ConcernCategories: ["Lack of communication"]);
        var subject = Ok(Case.Log(input, $"CC-2018-{Interlocked.Increment(ref _number):0000}", Guid.NewGuid(), "officer-1", SampleCases.Now, Rules));
        var on = received;
        for (var stage = 1; stage <= stages.Count; stage++)
        {
            if (stage > 1)
            {
                on = on.AddDays(3);
                Ok(subject.RequestEscalation(on, null, "officer-1", SampleCases.Now, Rules).Error);
                on = on.AddDays(1);
                Ok(subject.OpenNextStage(new NextStage("investigator-1", on, stage == 2 ? "Pat Independent" : null), "officer-1", SampleCases.Now, Rules).Error);
            }
            switch (stages[stage - 1])
            {
                case null: break;
                case Outcome.Withdrawn: Ok(subject.Withdraw(on.AddDays(2), "The family asked to withdraw", "officer-1", SampleCases.Now).Error); break;
                case { } outcome:
                    on = on.AddDays(7);
                    Ok(subject.RecordResponse(new StageResponse(on, outcome, [Resolution.ExplanationGiven], [new ConcernOutcome(1, outcome)]),
                        "manager-1", SampleCases.Now).Error);
                    break;
            }
        }
        received = received.AddDays(2);
        return subject;
    }

    private static T Ok<T>(Core.Common.Result<T> result) => result.Error is null ? result.Value : throw new InvalidOperationException(result.Error.Message);

    private static void Ok(Core.Common.DomainError? error)
    {
        if (error is not null) throw new InvalidOperationException($"A published year's case could not be built: {error.Message}");
    }
}
