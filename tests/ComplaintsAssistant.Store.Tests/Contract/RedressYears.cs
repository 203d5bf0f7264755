using System.Text;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Import;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Store.Tests.Contract;

/// <summary>Cases whose money, Ombudsman and ADR tables are known from the seeds' published reports, made as cases: past
/// years through the import (as a council brings them), this service's own years through the domain.</summary>
internal static class RedressYears
{
    private static readonly ClockRules Rules = ClockRules.Default;
    private static int _number;

    /// <summary>Seed 000's Ombudsman referrals: 2015/16 one maladministration and injustice and four premature/informal
    /// enquiries (5); 2014/15 three premature (3); 2013/14 outside jurisdiction, discontinued, premature (3).</summary>
    public static IEnumerable<Case> OmbudsmanReferrals2013To2015()
    {
        (int Year, string Finding)[] referrals =
        [
            (2015, "maladministration and injustice"), (2015, "premature"), (2015, "premature"), (2015, "premature"), (2015, "premature"),
            (2014, "premature"), (2014, "premature"), (2014, "premature"),
            (2013, "outside jurisdiction"), (2013, "discontinued"), (2013, "premature"),
        ];
        return referrals.Select((r, i) => Ombudsman(new DateOnly(r.Year, 6, 1).AddDays(i), r.Finding, decision: null, remedyAmount: null));
    }

    /// <summary>Seed 004's Ombudsman complaints of 2018/19: no finding against the council in four, a partial finding in two,
    /// with the two remedy payments the Ombudsman asked for (£1,000.00 and £1,300.00 for delay and distress).</summary>
    public static IEnumerable<Case> OmbudsmanWithRemedies2018()
    {
        for (var i = 0; i < 4; i++) yield return Ombudsman(new DateOnly(2018, 5, 1).AddDays(i * 20), "not upheld", "not upheld", null);
        yield return Ombudsman(new DateOnly(2018, 9, 3), "partial finding", "upheld", 1000.00m);
        yield return Ombudsman(new DateOnly(2018, 11, 5), "partial finding", "upheld", 1300.00m);
    }

    /// <summary>Seed 000's expenditure: 2015/16 independent investigators £2,614.20; 2014/15 publicity £796.25 and independent
    /// investigators £2,210.72 (total £3,006.97).</summary>
    public static IEnumerable<Case> Expenditure2014And2015()
    {
        yield return Complaint(new DateOnly(2015, 7, 1), """[{"stage":2,"type":"independent investigating officer","amount":2614.20}]""", "[]");
        yield return Complaint(new DateOnly(2014, 6, 2), """[{"stage":1,"type":"publicity","amount":796.25}]""", "[]");
        yield return Complaint(new DateOnly(2014, 9, 1), """[{"stage":2,"type":"independent investigating officer","amount":2210.72}]""", "[]");
    }

    /// <summary>Seed 002's compensation of 2018/19: allowances £50.00, reimbursement of savings £50.00, cost of passport £58.50
    /// (total £158.50): the first two at stage 1, the passport at stage 2.</summary>
    public static IEnumerable<Case> Compensation2018()
    {
        yield return Complaint(new DateOnly(2018, 5, 1), "[]", """[{"stage":1,"reason":"Allowances","amount":50.00,"paid":null}]""");
        yield return Complaint(new DateOnly(2018, 6, 1), "[]", """[{"stage":1,"reason":"Reimbursement of savings","amount":50.00,"paid":null}]""");
        yield return Complaint(new DateOnly(2018, 7, 2), "[]", """[{"stage":2,"reason":"Cost of passport","amount":58.50,"paid":null}]""");
    }

    /// <summary>Seed 000's resolutions of 2015/16 at stage 1: explanation or information provided 56, explanation or apology
    /// given 22, apology 3, no further action 3, reassessment or reallocation 2, report provided 1 (87 over 65 answered
    /// complaints: a response may record several).</summary>
    public static IEnumerable<Case> Resolutions2015()
    {
        var day = new DateOnly(2015, 4, 7);
        for (var i = 0; i < 65; i++, day = day.AddDays(4))
        {
            List<Resolution> given = i switch
            {
                < 56 => [Resolution.InformationProvided],
                < 59 => [Resolution.Apology],
                < 62 => [Resolution.NoFurtherAction],
                < 64 => [Resolution.ReassessmentOrReallocation],
                _ => [Resolution.ReportProvided],
            };
            if (i < 22) given.Add(Resolution.ExplanationGiven);
            var subject = Logged(new NewCase(CaseKind.StatutoryComplaint, day, HowReceived.Email, "Children in Care", "manager-1",
                new Complainant(ComplainantRelationship.Parent), ConcernCategories: ["Lack of communication"]));
            Ok(subject.RecordResponse(new StageResponse(day.AddDays(7), Outcome.NotUpheld, given, [new ConcernOutcome(1, Outcome.NotUpheld)]),
                "manager-1", SampleCases.Now).Error);
            yield return subject;
        }
    }

    /// <summary>Seed 001's ADR: six escalation requests received, six ADRs completed, six satisfactorily resolved (2017/18),
    /// each a meeting offered on the request for stage 2 that resolved the complaint.</summary>
    public static IEnumerable<Case> AdrResolved2017()
    {
        for (var i = 0; i < 6; i++) yield return EscalatedToAdr(new DateOnly(2017, 5, 1).AddDays(i * 30), "Meeting");
    }

    /// <summary>A statutory complaint answered at stage 1 whose request for stage 2 was resolved by ADR held as <paramref name="method"/>.</summary>
    public static Case EscalatedToAdr(DateOnly received, string? method)
    {
        var subject = AnsweredAtStage1(received);
        var asked = received.AddDays(14);
        Ok(subject.RequestEscalation(asked, null, "officer-1", SampleCases.Now, Rules).Error);
        Ok(subject.ResolveByAdr(asked.AddDays(5), "Agreed at a meeting with the family", "officer-1", SampleCases.Now, method));
        return subject;
    }

    /// <summary>A statutory complaint answered at stage 1 whose request for stage 2 (made <paramref name="askedAfter"/> days
    /// after receipt) opened stage 2.</summary>
    public static Case EscalatedToStage2(DateOnly received, int askedAfter = 14)
    {
        var subject = AnsweredAtStage1(received);
        var asked = received.AddDays(askedAfter);
        Ok(subject.RequestEscalation(asked, null, "officer-1", SampleCases.Now, Rules).Error);
        Ok(subject.OpenNextStage(new NextStage("investigator-1", asked.AddDays(1), "Pat Independent"), "officer-1", SampleCases.Now, Rules));
        return subject;
    }

    /// <summary>A past year's complaint, imported, whose request for stage 2 had a mediation that did not resolve it, so
    /// stage 2 was opened.</summary>
    public static Case ImportedAdrNotResolved(DateOnly received)
    {
        var day = received.ToString("yyyy-MM-dd");
        var answered = received.AddDays(7).ToString("yyyy-MM-dd");
        var asked = received.AddDays(14).ToString("yyyy-MM-dd");
        var mediation = received.AddDays(20).ToString("yyyy-MM-dd");
        var opened = received.AddDays(21).ToString("yyyy-MM-dd");
        var stages = $$"""{"stage":1,"opened":"{{day}}","due":null,"extended_due":null,"responded":"{{answered}}","outcome":"not_upheld","resolutions":["explanation_given"],"handled_by":"Team manager","panel_held":null},"""
            + $$"""{"stage":2,"opened":"{{opened}}","due":null,"extended_due":null,"responded":null,"outcome":null,"resolutions":[],"handled_by":"Investigating officer","panel_held":null}""";
        var escalations = $$"""[{"to_stage":2,"requested":"{{asked}}","assessed_by":"Complaints manager","adr":{"method":"mediation","completed":"{{mediation}}","resolved":false},"progressed":true}]""";
        return Imported(Record("statutory_complaint", received, stages, escalations, "[]", "[]", "null"));
    }

    /// <summary>An imported compliment from <paramref name="source"/>, in the council's words.</summary>
    public static Case Compliment(DateOnly received, string source) =>
        Imported(Record("compliment", received, "", "[]", "[]", "[]", "null")
            .Replace("\"compliment\":null", $"\"compliment\":{{\"category\":\"Communication\",\"source\":\"{source}\",\"about\":\"The team\",\"quote\":\"Thank you\"}}"));

    private static Case AnsweredAtStage1(DateOnly received)
    {
        var subject = Logged(new NewCase(CaseKind.StatutoryComplaint, received, HowReceived.Email, "Children in Care", "manager-1",
            new Complainant(ComplainantRelationship.Parent), ConcernCategories: ["Lack of communication"]));
        Ok(subject.RecordResponse(new StageResponse(received.AddDays(7), Outcome.NotUpheld, [Resolution.ExplanationGiven],
            [new ConcernOutcome(1, Outcome.NotUpheld)]), "manager-1", SampleCases.Now).Error);
        return subject;
    }

    /// <summary>An imported Ombudsman enquiry received on <paramref name="received"/> and decided 60 days later.</summary>
    public static Case Ombudsman(DateOnly received, string finding, string? decision, decimal? remedyAmount)
    {
        var decided = received.AddDays(60).ToString("yyyy-MM-dd");
        var ombudsman = $$"""{"body":"LGSCO","lgsco_category":"Education & Children's Services","service_area":"Children's Social Care","decision":{{Text(decision)}},"decided":"{{decided}}","finding":"{{finding}}","remedy":{{(remedyAmount is null ? "null" : "\"A payment for delay and distress\"")}},"remedy_amount":{{(remedyAmount?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? "null")}}}""";
        return Imported(Record("ombudsman_enquiry", received, "", "[]", "[]", "[]", ombudsman));
    }

    private static Case Complaint(DateOnly received, string costs, string compensation)
    {
        var day = received.ToString("yyyy-MM-dd");
        var stages = $$"""{"stage":1,"opened":"{{day}}","due":null,"extended_due":null,"responded":"{{received.AddDays(7):yyyy-MM-dd}}","outcome":"not_upheld","resolutions":["explanation_given"],"handled_by":"Team manager","panel_held":null},"""
            + $$"""{"stage":2,"opened":"{{received.AddDays(21):yyyy-MM-dd}}","due":null,"extended_due":null,"responded":"{{received.AddDays(60):yyyy-MM-dd}}","outcome":"partially_upheld","resolutions":["apology"],"handled_by":"Investigating officer","panel_held":null}""";
        return Imported(Record("statutory_complaint", received, stages, "[]", costs, compensation, "null"));
    }

    private static string Record(string kind, DateOnly received, string stages, string escalations, string costs, string compensation, string ombudsman) =>
        $$"""{"reference":"OLD-{{Interlocked.Increment(ref _number)}}","kind":"{{kind}}","received":"{{received:yyyy-MM-dd}}","received_via":"email","complainant":{"name":"A parent","relationship":"parent"},"child_complained":false,"advocate":null,"team":"Children in Care","concerns":[{"category":"Lack of communication","outcome":null}],"stages":[{{stages}}],"escalation_requests":{{escalations}},"response":null,"children":[],"costs":{{costs}},"compensation":{{compensation}},"compliment":null,"member_enquiry":null,"ombudsman":{{ombudsman}},"related_reference":null}""";

    private static string Text(string? value) => value is null ? "null" : $"\"{value}\"";

    private static Case Imported(string line)
    {
        var read = new JsonLinesReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(line))).Single();
        if (read.Case is null) throw new InvalidOperationException($"The record could not be read: {string.Join("; ", read.Issues)}");
        var built = HistoricCase.Build(read.Case, Guid.NewGuid(), $"CC-OLD-{_number:0000}", "import", SampleCases.Now, Rules);
        if (built.Snapshot is null || built.Issues.Count > 0)
            throw new InvalidOperationException($"The record could not be built: {string.Join("; ", built.Issues)}");
        return Case.Restore(built.Snapshot);
    }

    private static Case Logged(NewCase input) =>
        Case.Log(input, $"CC-RED-{Interlocked.Increment(ref _number):0000}", Guid.NewGuid(), "officer-1", SampleCases.Now, Rules) is { Error: null } logged
            ? logged.Value
            : throw new InvalidOperationException("A redress case could not be logged.");

    private static void Ok(Core.Common.DomainError? error)
    {
        if (error is not null) throw new InvalidOperationException($"A redress case could not be built: {error.Message}");
    }

    private static void Ok(Core.Common.Result result) => Ok(result.Error);
}
