using System.Text;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Deadlines;
using ComplaintsAssistant.Core.Import;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Tests.Import;

public sealed class HistoricCaseTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly ClockRules Rules = ClockRules.Default;

    private static string Record(string stages = "", string extra = "", string kind = "statutory_complaint") =>
        $$"""{"reference":"OLD-7","kind":"{{kind}}","received":"2024-04-02","received_via":"card","complainant":{"name":"Jo","relationship":"grandparent"},"child_complained":true,"advocate":{"service":"NYAS","made_complaint_on_behalf":true},"team":"Fostering","concerns":[{"category":"Delay","outcome":"resolved_informally"},{"category":"Delay","outcome":"upheld"}],"stages":[{{stages}}],"escalation_requests":[],"response":null,"children":[{"name":"Sam","age_band":"10-15","gender":"male","ethnicity":"Mixed: White and Black African","disability":"sensory"}],"costs":[{"stage":1,"type":"independent person","amount":300.5}],"compensation":[],"compliment":null,"member_enquiry":null,"ombudsman":null,"related_reference":null{{extra}}}""";

    private const string Stage1 = """{"stage":1,"opened":"2024-04-02","due":"2024-04-17","extended_due":"2024-05-02","responded":"2024-04-30","outcome":"partially_upheld","resolutions":["view_recorded_on_file","advocacy_provided"],"handled_by":"Team manager","panel_held":null}""";

    private static BuiltCase Build(string line)
    {
        var read = new JsonLinesReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(line))).Single();
        Assert.True(read.Case is not null, string.Join("; ", read.Issues));
        return HistoricCase.Build(read.Case!, Guid.NewGuid(), "CC-2024-0001", "import", Now, Rules);
    }

    [Fact]
    public void EveryFieldOfTheRecordLandsInTheCase()
    {
        var built = Build(Record(Stage1));

        var snapshot = built.Snapshot!;
        Assert.Equal((HowReceived.Card, ComplainantRelationship.Grandparent, "Jo", true, true, "NYAS"),
            (snapshot.HowReceived, snapshot.Complainant!.Relationship, snapshot.Complainant.Name, snapshot.Complainant.ChildComplainedDirectly,
                snapshot.Complainant.AdvocateComplainedOnBehalf, snapshot.Complainant.AdvocateService));
        Assert.Equal(new ChildConcerned(AgeBand.TenToFifteen, Gender.Male, Ethnicity.MixedWhiteAndBlackAfrican, Disability.Sensory), snapshot.Children.Single());
        var stage = snapshot.Stages.Single();
        Assert.Equal((Outcome.PartiallyUpheld, "Team manager"), (stage.Outcome, stage.Owner));
        Assert.Equal([Resolution.ViewRecordedOnFile, Resolution.AdvocacyProvided], stage.Resolutions);
        Assert.Equal([new ConcernOutcome(1, Outcome.ResolvedInformally), new ConcernOutcome(2, Outcome.Upheld)], stage.ConcernOutcomes);
        Assert.Equal([("Delay", 1), ("Delay", 2)], snapshot.Concerns.Select(c => (c.Category, c.Number)));
        Assert.Equal(new Payment(PaymentKind.IndependentPersonCost, 300.5m, "independent person", null, 1), snapshot.Payments.Single());
        Assert.Equal("OLD-7", ImportKey.OldReference(snapshot));
    }

    [Fact]
    public void TheStageKeepsTheFilesDueAndExtendedDueDates()
    {
        var stage = Build(Record(Stage1)).Snapshot!.Stages.Single();

        Assert.Equal((new DateOnly(2024, 4, 17), new DateOnly(2024, 5, 2)),
            (stage.Clock.UnextendedDueOn(Rules.Calendar), stage.Clock.DueOn(Rules.Calendar)));
    }

    [Theory]
    [InlineData("\"responded\":\"2024-04-30\",\"outcome\":\"partially_upheld\"", CaseStatus.Closed)]
    [InlineData("\"responded\":\"2024-04-30\",\"outcome\":\"withdrawn\"", CaseStatus.Withdrawn)]
    [InlineData("\"responded\":null,\"outcome\":null", CaseStatus.InProgress)]
    public void ItsStatusFollowsTheFurthestStage(string answer, CaseStatus status) =>
        Assert.Equal(status, Build(Record(Stage1.Replace("\"responded\":\"2024-04-30\",\"outcome\":\"partially_upheld\"", answer))).Snapshot!.Status);

    [Fact]
    public void AnImportedCaseStillOpenHasNoDeadlineThatPrompts()
    {
        var open = Case.Restore(Build(Record(Stage1.Replace("\"responded\":\"2024-04-30\"", "\"responded\":null"))).Snapshot!);

        Assert.True(open.Status.IsOpen());
        Assert.Empty(DueClock.On(open, Rules));
        Assert.Null(CaseIndex.Of(open, Rules).PromptOn);
    }

    [Fact]
    public void AnEscalationResolvedByAdrIsKeptWithItsMeetingAndOpensNoStage()
    {
        var adr = ""","escalation_requests":[{"to_stage":2,"requested":"2024-05-07","assessed_by":"Complaints manager","adr":{"method":"meeting","completed":"2024-05-20","resolved":true,"note":"Agreed"},"progressed":false}]""";
        var snapshot = Build(Record(Stage1).Replace(",\"escalation_requests\":[]", adr)).Snapshot!;

        var escalation = snapshot.Escalations.Single();
        Assert.Equal((1, EscalationDecision.ResolvedByAdr, "Complaints manager", new AdrMeeting("meeting", new DateOnly(2024, 5, 20), true, "Agreed")),
            (escalation.FromStage, escalation.Decision, escalation.AssessedBy, escalation.Adr));
        Assert.Single(snapshot.Stages);
    }

    [Fact]
    public void AnOmbudsmanEnquiryKeepsTheDecisionItsDetailAndTheComplaintItFollows()
    {
        var ombudsman = ""","ombudsman":{"body":"LGSCO","lgsco_category":"Education & Children's Services","service_area":"Children in care","decision":"upheld","decided":"2024-09-30","finding":"maladministration and injustice","remedy":"Apology and payment","remedy_amount":1000}""";
        var line = Record(kind: "ombudsman_enquiry").Replace(",\"ombudsman\":null", ombudsman).Replace("\"related_reference\":null", "\"related_reference\":\"OLD-3\"");

        var snapshot = Build(line).Snapshot!;

        Assert.Equal(new OmbudsmanDetails(null, "OLD-3", OmbudsmanFinding.MaladministrationAndInjustice, "LGSCO", "Education & Children's Services",
            "Children in care", OmbudsmanDecision.Upheld, new DateOnly(2024, 9, 30), "Apology and payment", 1000m), snapshot.Ombudsman);
        Assert.Equal((CaseStatus.Closed, new DateOnly(2024, 9, 30)), (snapshot.Status, snapshot.ClosedOn));
    }

    [Fact]
    public void AComplimentFromASourceTheListLacksKeepsTheCouncilsWordsForTheReport()
    {
        var compliment = Build(Record(kind: "compliment").Replace("\"compliment\":null",
            "\"compliment\":{\"category\":\"Practice\",\"source\":\"Independent Reviewing Officer\",\"about\":\"The team\",\"quote\":\"Thank you.\"}")).Snapshot!;

        Assert.Equal((ComplimentSource.Other, "Independent Reviewing Officer", "Independent Reviewing Officer"),
            (compliment.Compliment!.Source, compliment.Compliment.SourceWords, compliment.Compliment.ReportedSource));
    }

    [Fact]
    public void AComplimentKeepsItsWordsAndAMemberEnquiryItsMember()
    {
        var compliment = Build(Record(kind: "compliment").Replace("\"compliment\":null",
            "\"compliment\":{\"category\":\"Practice\",\"source\":\"foster carer\",\"about\":\"Sam's social worker\",\"quote\":\"She listened.\"}")).Snapshot!;
        var member = Build(Record(kind: "member_enquiry").Replace("\"member_enquiry\":null",
            "\"member_enquiry\":{\"member_type\":\"MP\",\"member_name\":\"A Member\",\"on_behalf_of\":\"A constituent\"}")).Snapshot!;

        Assert.Equal(new ComplimentDetails("Practice", ComplimentSource.FosterCarer, "She listened.", "Sam's social worker", "foster carer"), compliment.Compliment);
        Assert.Equal(CaseStatus.Logged, compliment.Status);
        Assert.Equal(new MemberDetails(MemberType.MP, "A Member", "A constituent"), member.Member);
    }

    [Fact]
    public void AWordNotOnAListIsReportedAtItsKeyAndTheCaseIsNotBuilt()
    {
        var built = Build(Record(Stage1.Replace("view_recorded_on_file", "cake")));

        Assert.Null(built.Snapshot);
        var issue = built.Issues.Single();
        Assert.Equal((1, "stages[0].resolutions[0]", "cake"), (issue.Line, issue.Column, issue.Value));
        Assert.Equal(new UnknownWord("resolution", "stages[0].resolutions[0]", "cake"), built.Unknown.Single());
    }

    [Fact]
    public void AStageNumberOutOfOrderIsReported()
    {
        var built = Build(Record(Stage1.Replace("\"stage\":1", "\"stage\":2")));

        Assert.Equal("stages[0].stage", built.Issues.Single().Column);
    }
}
