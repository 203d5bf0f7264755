using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Figures.Facts;

namespace ComplaintsAssistant.Core.Figures.Definitions;

/// <summary>Every figure the engine computes, by id. Ids never change once published: reports, chats and saved CSVs name them.</summary>
public static class FigureCatalogue
{
    private static readonly string Statutory = FactValue.Of(CaseKind.StatutoryComplaint);
    private static readonly string Corporate = FactValue.Of(CaseKind.CorporateComplaint);
    private static readonly string Ombudsman = FactValue.Of(CaseKind.OmbudsmanEnquiry);

    public static IReadOnlyList<IFigureDefinition> All { get; } =
    [
        new StageOnTime("statutory.stage1.within_10_wd", CaseKind.StatutoryComplaint, 1, 10, 20),
        new StageOnTime("statutory.stage2.within_25_wd", CaseKind.StatutoryComplaint, 2, 25, 65),
        new StageOnTime("statutory.stage3.within_30_wd", CaseKind.StatutoryComplaint, 3, 30, null),
        new StageOnTime("corporate.stage1.within_10_wd", CaseKind.CorporateComplaint, 1, 10, null),
        new StageOnTime("corporate.stage2.within_20_wd", CaseKind.CorporateComplaint, 2, 20, null),
        new StageOnTime("statutory.stage1.within_extended", CaseKind.StatutoryComplaint, 1, 10, 20, DueDateChoice.Extended),
        new StageOnTime("statutory.stage2.within_extended", CaseKind.StatutoryComplaint, 2, 25, 65, DueDateChoice.Extended),
        new ComplaintsByOutcome("statutory.stage1.outcomes", CaseKind.StatutoryComplaint, 1),
        new ComplaintsByOutcome("statutory.stage2.outcomes", CaseKind.StatutoryComplaint, 2),
        new ComplaintsByOutcome("statutory.stage3.outcomes", CaseKind.StatutoryComplaint, 3),
        new AverageDaysToRespond("statutory.average_working_days", CaseKind.StatutoryComplaint, calendar: false),
        new AverageDaysToRespond("statutory.average_calendar_days", CaseKind.StatutoryComplaint, calendar: true),
        new ReceivedAndOnTime("statutory.stage1.by_quarter", "Stage 1 statutory complaints by quarter: received and responded to on time",
            CaseKind.StatutoryComplaint, 1, by: null),
        new ReceivedAndOnTime("member_enquiries.on_time", "Member enquiries responded to on time, by MP, MEP or councillor",
            CaseKind.MemberEnquiry, 1, FactField.MemberType),
        new ReceivedAndOnTime("member_enquiries.by_quarter", "Member enquiries by quarter: received and responded to on time",
            CaseKind.MemberEnquiry, 1, by: null),
        new CountBy("representations.by_kind", "Representations received, by kind", FactTable.Cases, [FactField.Kind]),
        new CountBy("complaints.informal_and_formal", "Complaints: informal, statutory and corporate", FactTable.Cases, [FactField.Kind],
            FactFilter.Is(FactField.Kind, FactValue.Of(CaseKind.InformalRepresentation), Statutory, Corporate)),
        new ComplaintsByStage("statutory.complaints.by_stage", CaseKind.StatutoryComplaint),
        new ComplaintsByStage("corporate.complaints.by_stage", CaseKind.CorporateComplaint),
        new EscalationRates("statutory.escalation_rates", CaseKind.StatutoryComplaint),
        new EscalationRates("corporate.escalation_rates", CaseKind.CorporateComplaint),
        new ComplaintsByOutcome("statutory.complaints.by_outcome", CaseKind.StatutoryComplaint),
        new ComplaintsByOutcome("corporate.complaints.by_outcome", CaseKind.CorporateComplaint),
        new CountBy("statutory.complaints.by_young_people", "Statutory complaints made by children and young people", FactTable.Cases,
            [FactField.ByYoungPerson], FactFilter.Is(FactField.Kind, Statutory)),
        new ComplaintsWithAdvocate("statutory.complaints.with_advocate", CaseKind.StatutoryComplaint),
        new CountBy("corporate.complaints.by_team", "Corporate complaints by team", FactTable.Cases, [FactField.Team],
            FactFilter.Is(FactField.Kind, Corporate)),
        new CountBy("corporate.concerns.by_category", "Concerns raised in corporate complaints, by category", FactTable.Concerns,
            [FactField.Category], FactFilter.Is(FactField.Kind, Corporate)),
        new CountBy("compliments.by_category", "Compliments by category", FactTable.Cases, [FactField.ComplimentCategory],
            FactFilter.Is(FactField.Kind, FactValue.Of(CaseKind.Compliment))),
        new CountBy("statutory.complaints.by_how_received", "Statutory complaints by how they were received", FactTable.Cases,
            [FactField.HowReceived], FactFilter.Is(FactField.Kind, Statutory)),
        new CountBy("statutory.complaints.by_complainant", "Statutory complaints by who complained", FactTable.Cases,
            [FactField.Relationship], FactFilter.Is(FactField.Kind, Statutory)),
        new CountBy("statutory.children.by_age_band", "Children the statutory complaints concerned, by age", FactTable.Children,
            [FactField.AgeBand], FactFilter.Is(FactField.Kind, Statutory)),
        new CountBy("statutory.children.by_gender", "Children the statutory complaints concerned, by gender", FactTable.Children,
            [FactField.Gender], FactFilter.Is(FactField.Kind, Statutory)),
        new CountBy("statutory.children.by_ethnicity", "Children the statutory complaints concerned, by ethnicity", FactTable.Children,
            [FactField.Ethnicity], FactFilter.Is(FactField.Kind, Statutory)),
        new CountBy("statutory.children.by_ethnic_group", "Children the statutory complaints concerned, by ethnic group", FactTable.Children,
            [FactField.EthnicGroup], FactFilter.Is(FactField.Kind, Statutory)),
        new CountBy("statutory.children.by_disability", "Children the statutory complaints concerned, by disability", FactTable.Children,
            [FactField.Disability], FactFilter.Is(FactField.Kind, Statutory)),
        new CountBy("statutory.complaints.by_team", "Statutory complaints by team", FactTable.Cases, [FactField.Team],
            FactFilter.Is(FactField.Kind, Statutory)),
        new CountBy("statutory.concerns.by_category", "Concerns raised in statutory complaints, by category", FactTable.Concerns,
            [FactField.Category], FactFilter.Is(FactField.Kind, Statutory)),
        new CountBy("statutory.concerns.outcomes", "Outcome of each concern in statutory complaints", FactTable.Concerns,
            [FactField.Category, FactField.Outcome], FactFilter.Is(FactField.Kind, Statutory)),
        new CountBy("compliments.by_team", "Compliments by team", FactTable.Cases, [FactField.Team],
            FactFilter.Is(FactField.Kind, FactValue.Of(CaseKind.Compliment))),
        new CountBy("compliments.by_source", "Compliments by who gave them", FactTable.Cases, [FactField.ComplimentSource],
            FactFilter.Is(FactField.Kind, FactValue.Of(CaseKind.Compliment))),
        new CountBy("compliments.from_young_people", "Compliments from young people, by team", FactTable.Cases, [FactField.Team],
            FactFilter.Is(FactField.Kind, FactValue.Of(CaseKind.Compliment)),
            FactFilter.Is(FactField.ComplimentSource, FactValue.Of(ComplimentSource.YoungPerson))),
        new CountBy("member_enquiries.by_type", "Member enquiries by MP, MEP or councillor", FactTable.Cases, [FactField.MemberType],
            FactFilter.Is(FactField.Kind, FactValue.Of(CaseKind.MemberEnquiry))),
        new CountBy("ombudsman.enquiries.by_team", "Ombudsman enquiries by team", FactTable.Cases, [FactField.Team],
            FactFilter.Is(FactField.Kind, FactValue.Of(CaseKind.OmbudsmanEnquiry))),
        new CountBy("ombudsman.enquiries.by_category", "Ombudsman enquiries by the Ombudsman's category", FactTable.Ombudsman, [FactField.LgscoCategory],
            FactFilter.Is(FactField.Kind, Ombudsman)),
        new CountBy("ombudsman.decisions.by_decision", "Ombudsman decisions", FactTable.Ombudsman, [FactField.OmbudsmanDecision],
            FactFilter.Is(FactField.Kind, Ombudsman)),
        new CountBy("ombudsman.decisions.by_finding", "Ombudsman findings", FactTable.Ombudsman, [FactField.Finding],
            FactFilter.Is(FactField.Kind, Ombudsman)),
        new OmbudsmanRemedies(),
        new PaymentTotals("costs.by_kind", "Expenditure on complaints, by kind of cost", FactField.PaymentKind, "Costs of handling complaints",
            [.. Enum.GetValues<PaymentKind>().Where(k => k.IsCost())]),
        new PaymentTotals("costs.compensation", "Compensation and remedy payments, by stage", FactField.Stage, "Compensation and remedy payments",
            PaymentKind.Compensation, PaymentKind.RemedyPayment),
        new AdrFigures("adr.escalations_received", AdrFigures.Column.EscalationsReceived),
        new AdrFigures("adr.held", AdrFigures.Column.Held),
        new AdrFigures("adr.resolved", AdrFigures.Column.Resolved),
        new ResolutionsByStage("statutory.resolutions", CaseKind.StatutoryComplaint),
    ];

    /// <summary>Figures whose breakdown describes people (who gave a compliment, young people's compliments by team): their
    /// small numbers are suppressed (<see cref="SmallNumbers"/>).</summary>
    public static IReadOnlySet<string> DescribePeople { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "compliments.by_source", "compliments.from_young_people", "statutory.complaints.by_young_people", "statutory.complaints.with_advocate", "statutory.complaints.by_complainant",
        "statutory.children.by_age_band", "statutory.children.by_gender", "statutory.children.by_ethnicity", "statutory.children.by_ethnic_group",
        "statutory.children.by_disability",
    };

    public static IFigureDefinition? Find(string id) => All.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.Ordinal));
}
