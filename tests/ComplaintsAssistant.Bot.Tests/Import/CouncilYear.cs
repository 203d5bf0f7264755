using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Bot.Tests.Import;

/// <summary>A council's year of records with the published figures of /work/shared/seeds: Havering's 2015/16 report
/// (seed 000) for stage 1 and what surrounds it (74 stage 1 complaints: 38 upheld, 26 not upheld, 8 withdrawn, 2 no
/// further action, here not upheld; 10 made by children directly or through an advocate; 5 Ombudsman enquiries, one
/// maladministration with injustice and four premature; 24 members' enquiries, 58% (14) answered in time; 35
/// compliments), and seed 002's 2018/19 for the later stages (7 stage 2 investigations, 1 review panel at stage 3).
/// The dates are counted on the England and Wales working-day calendar, as import-format.md says.</summary>
public static class CouncilYear
{
    public const int Stage1 = 74, Upheld = 38, NotUpheld = 28, Withdrawn = 8, ByChildren = 10, Stage2 = 7, Stage3 = 1;
    public const int Ombudsman = 5, MemberEnquiries = 24, MembersOnTime = 14, Compliments = 35, Informal = 3;
    public const int Total = Stage1 + Ombudsman + MemberEnquiries + Compliments + Informal;

    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private static readonly DateOnly Start = new(2015, 4, 1);

    public static readonly string[] Teams = ["Under 12s", "Over 12s", "Fostering", "Triage/MASH & Assessment", "Safeguarding & Service Standards Unit", "Early Help"];
    private static readonly string[] Categories = ["Lack of communication", "Unhappy with a decision", "Attitude or behaviour of staff", "Level of service", "Delay in service"];
    private static readonly string[] Relationships = ["parent", "grandparent", "relative", "foster carer", "special guardian", "solicitor", "professional", "member of public", "other", "parent"];
    private static readonly string[] Resolutions =
    [
        "apology", "explanation_of_decision", "explanation_given", "information_provided", "change_of_social_worker", "view_recorded_on_file",
        "additional_case_monitoring", "advocacy_provided", "meeting_held", "change_to_practice", "service_provided", "financial_remedy", "resolved_informally",
    ];
    private static readonly string[] AgeBands = ["under 1", "1-4", "5-9", "10-15", "16-17", "18+"];
    public static readonly string[] Ethnicities =
    [
        "White: British", "White: Irish", "White: Gypsy or Irish Traveller", "White: Other", "Mixed: White and Black Caribbean", "Mixed: White and Black African",
        "Mixed: White and Asian", "Mixed: Other", "Asian: Indian", "Asian: Pakistani", "Asian: Bangladeshi", "Asian: Chinese", "Asian: Other",
        "Black: African", "Black: Caribbean", "Black: Other", "Other: Arab", "Other: Any other", "Not known",
    ];
    private static readonly string[] Disabilities = ["none", "learning", "physical", "sensory", "not known"];
    private static readonly string[] Via = ["email", "online_form", "letter", "telephone", "in_person", "not_known"];
    private static readonly string[] ComplimentCategories = ["Standard of service", "Practice", "Partnership", "Child focus", "Communication"];
    private static readonly string[] ComplimentSources = ["parent/carer", "professional", "young person", "foster carer", "school", "adopter", "police/judge/legal"];

    /// <summary>The year's records; <paramref name="prefix"/> starts every reference (several years in one store).</summary>
    public static IReadOnlyList<YearRecord> Records(string prefix = "HAV") =>
    [
        .. Enumerable.Range(0, Stage1).Select(i => Complaint(prefix, i)),
        .. Enumerable.Range(0, Ombudsman).Select(i => OmbudsmanEnquiry(prefix, i)),
        .. Enumerable.Range(0, MemberEnquiries).Select(i => MemberEnquiry(prefix, i)),
        .. Enumerable.Range(0, Compliments).Select(i => Compliment(prefix, i)),
        .. Enumerable.Range(0, Informal).Select(i => InformalRepresentation(prefix, i)),
    ];

    private static DateOnly Received(int i) => Start.AddDays(i * 4 % 350);

    private static YearRecord Complaint(string prefix, int i)
    {
        var received = Received(i);
        var outcome = i < Upheld ? "upheld" : i < Upheld + NotUpheld ? "not_upheld" : "withdrawn";
        var byChild = i % 7 == 3 && i / 7 < ByChildren;
        var advocate = byChild && i % 2 == 0;
        var concerns = Enumerable.Range(0, 1 + i % 3).Select(c => (Categories[(i + c * 2) % Categories.Length],
            (string?)(outcome == "withdrawn" ? "withdrawn" : c == 0 ? (outcome == "upheld" ? "upheld" : "not_upheld") : c == 1 ? "partially_upheld" : "resolved_informally"))).ToArray();
        var extended = i % 5 == 4;
        var stage1 = new YearStage(1, received, Calendar.AddWorkingDays(received, 10), extended ? Calendar.AddWorkingDays(received, 20) : null,
            Calendar.AddWorkingDays(received, extended ? 18 : i % 3 == 0 ? 12 : 9), outcome, outcome == "withdrawn" ? [] : [Resolutions[i % 13], Resolutions[(i + 5) % 13]]);
        var stages = new List<YearStage> { stage1 };
        if (i is >= 40 and < 40 + Stage2)
        {
            var opened = Calendar.AddWorkingDays(stage1.Responded!.Value, 6);
            stages.Add(new YearStage(2, opened, Calendar.AddWorkingDays(opened, 25), i % 2 == 0 ? Calendar.AddWorkingDays(opened, 65) : null,
                Calendar.AddWorkingDays(opened, 40), "partially_upheld", ["apology", "change_to_practice"], Cost: 1850.00m + i, Compensation: i == 41 ? 250.00m : null));
        }
        if (i == 40)
        {
            var opened = Calendar.AddWorkingDays(stages[1].Responded!.Value, 10);
            stages.Add(new YearStage(3, opened, Calendar.AddWorkingDays(opened, 30), null, Calendar.AddWorkingDays(opened, 38), "not_upheld", ["explanation_given"], Cost: 900.00m));
        }
        return new YearRecord($"{prefix}-C{i + 1:000}", i % 12 == 11 ? "corporate_complaint" : "statutory_complaint", received, Via[i % Via.Length], Teams[i % 5],
            Relationship: byChild ? (advocate ? "advocate" : "child") : Relationships[i % Relationships.Length],
            ChildComplained: byChild,
            Advocate: advocate ? "National Youth Advocacy Service" : null,
            Concerns: concerns,
            Stages: i % 12 == 11 ? stages.Take(2).ToArray() : stages,
            Children: Enumerable.Range(0, 1 + i % 2).Select(c => (AgeBands[(i + c) % 6], c % 2 == 0 ? "female" : "male", Ethnicities[(i + c) % 19], Disabilities[i % 5])).ToArray());
    }

    private static YearRecord OmbudsmanEnquiry(string prefix, int i)
    {
        var received = Received(100 + i * 9);
        return new YearRecord($"{prefix}-L{i + 1:00}", "ombudsman_enquiry", received, "email", Teams[i % 5],
            Ombudsman: i == 0 ? (received.AddDays(60), "maladministration and injustice", 500.00m) : (received.AddDays(20), "premature", null));
    }

    private static YearRecord MemberEnquiry(string prefix, int i)
    {
        var received = Received(60 + i * 5);
        var due = Calendar.AddWorkingDays(received, 10);
        return new YearRecord($"{prefix}-M{i + 1:00}", "member_enquiry", received, "email", Teams[i % 5],
            Concerns: [(Categories[i % Categories.Length], null)],
            Response: (due, Calendar.AddWorkingDays(received, i < MembersOnTime ? 8 : 13), "not_upheld"),
            MemberType: (i % 6) switch { 0 => "MP", 5 => "MEP", _ => "councillor" });
    }

    private static YearRecord Compliment(string prefix, int i) =>
        new($"{prefix}-P{i + 1:00}", "compliment", Received(30 + i * 7), i % 4 == 0 ? "card" : "email", Teams[5 - i % 3],
            Compliment: (ComplimentCategories[i % 5], ComplimentSources[i % 7]));

    private static YearRecord InformalRepresentation(string prefix, int i)
    {
        var received = Received(200 + i * 3);
        return new YearRecord($"{prefix}-I{i + 1}", "informal_representation", received, "telephone", Teams[i], Relationship: "parent",
            Concerns: [("Lack of communication", "resolved_informally")],
            Response: (Calendar.AddWorkingDays(received, 10), Calendar.AddWorkingDays(received, 3), "upheld"));
    }
}
