using System.Globalization;
using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Learning;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Core.Reports.Lgsco;

/// <summary>The annual complaints performance and service improvement report for corporate complaints (§8.1 of the
/// Ombudsman's Complaint Handling Code): the self-assessment, the analysis of complaint handling including complaints
/// refused, findings of non-compliance, service improvements made from learning, and the Ombudsman's annual letter.</summary>
public sealed class LgscoReport(FiguresService figures, ICaseStore store)
{
    /// <summary>Corporate complaints' figures, shown once the figures engine computes them (three years side by side).</summary>
    public static IReadOnlyList<string> PerformanceFigureIds { get; } =
        ["corporate.complaints.by_stage", "corporate.escalation_rates", "corporate.complaints.by_team", "corporate.stage1.within_10_wd",
         "corporate.stage2.within_20_wd", "corporate.concerns.by_category", "corporate.complaints.by_outcome"];

    public static IReadOnlyList<string> RefusedFigureIds { get; } = ["corporate.refused.by_reason", "corporate.escalations_refused.by_reason"];

    public async Task<Result<ReportDocument>> WriteAsync(Actor actor, ReportingPeriod year, LgscoEntries? entries, CancellationToken cancellationToken = default)
    {
        if (ReportAccess.Refusal(actor) is { } refusal) return refusal;
        if (LgscoEntriesCheck.Problems(entries) is { } problems) return problems;
        var assessment = entries!.SelfAssessment!.Select(e => (Provision: CodeProvisions.Find(e.Provision)!, Entry: e))
            .OrderBy(a => CodeProvisions.All.ToList().IndexOf(a.Provision)).ToArray(); // the Code's order, whatever order they came in

        ReportSection[] sections =
        [
            new("introduction", "Introduction",
            [
                new Narrative("What this report covers: complaints handled under the council's corporate procedure in the year, as the Ombudsman's Complaint Handling Code (section 8) asks, and who it goes to."),
            ]),
            new("self-assessment", "Self-assessment against the Complaint Handling Code",
            [
                new ReportText("One row for each provision of the Code: whether the council complies, the evidence, and the commentary."),
                new ReportTable("lgsco.self_assessment", $"Self-assessment against the Complaint Handling Code, {year.Label}",
                    ["Provision", "What the Code expects", "Complies", "Evidence", "Commentary"],
                    assessment.Select(a => new ReportRow($"{a.Provision.Id} {a.Provision.Title}",
                        [a.Provision.Requirement, a.Entry.Complies == true ? "Yes" : "No", a.Entry.Evidence!.Trim(), a.Entry.Commentary?.Trim() ?? ""])).ToArray()),
            ]),
            new("performance", "Complaint handling performance",
            [
                new Narrative("What the figures show about complaint handling this year: how many corporate complaints, how quickly they were answered at each stage, what they were about and how many were upheld."),
                .. await ReportSources.TablesAsync(figures, actor, year, PerformanceFigureIds, cancellationToken),
            ]),
            new("refused", "Complaints refused",
            [
                new Narrative("The types of complaint the council did not accept under this procedure (for example, another route applied or the matter was too old) and the requests to escalate it refused, with the reasons."),
                .. await ReportSources.TablesAsync(figures, actor, year, RefusedFigureIds, cancellationToken),
            ]),
            new("non-compliance", "Findings of non-compliance with the Code", NonCompliance(assessment.Where(a => a.Entry.Complies == false).ToArray(), year)),
            new("improvements", "Service improvements from learning",
            [
                new Narrative("The main changes made to services because of what complaints showed, and what difference they made."),
                await ImprovementsAsync(actor, year, cancellationToken),
            ]),
            new("ombudsman", "The Ombudsman's annual review letter",
            [
                OmbudsmanTable(entries.OmbudsmanLetter!, year),
                new Narrative("Other reports the Ombudsman issued about the council this year (public reports, findings of fault), and what the council did."),
            ]),
            new("response", "The governing body's response",
            [
                new Narrative("The response of the cabinet or committee that considered this report (section 8.2 of the Code): it is published with the report."),
            ]),
        ];
        return new ReportDocument($"Annual complaints performance and service improvement report {year.Label}", ReportAccess.Scope(actor), sections);
    }

    private static ReportBlock[] NonCompliance(IReadOnlyList<(CodeProvision Provision, SelfAssessmentEntry Entry)> failing, ReportingPeriod year) =>
        failing.Count == 0
            ? [new ReportText("The self-assessment found no provision of the Code the council does not comply with."),
               new Narrative("Any finding of non-compliance the Ombudsman made this year, and what the council did.")]
            : [new ReportText($"The self-assessment found {failing.Count} {(failing.Count == 1 ? "provision" : "provisions")} of the Code the council does not comply with yet."),
               new ReportTable("lgsco.non_compliance", $"Provisions of the Code not complied with, {year.Label}", ["Provision", "What the council will do"],
                   failing.Select(f => new ReportRow($"{f.Provision.Id} {f.Provision.Title}", [f.Entry.Commentary!.Trim()])).ToArray()),
               new Narrative("Any finding of non-compliance the Ombudsman made this year, and what the council did.")];

    /// <summary>Learning actions from corporate complaints completed in the year: the changes made. Like the action plan, no
    /// case reference, owner, issue or review note.</summary>
    private async Task<ReportTable> ImprovementsAsync(Actor actor, ReportingPeriod year, CancellationToken cancellationToken)
    {
        var completed = (await ReportSources.CompletedAsync(store, actor, year, cancellationToken))
            .Where(e => e.Action is { Status: LearningStatus.Completed, CompletedOn: { } done } && year.Contains(done));
        var rows = new List<ReportRow>();
        foreach (var entry in completed.OrderBy(e => e.Action.CompletedOn))
            if ((await store.GetAsync(entry.CaseId, cancellationToken))?.Value.Kind == CaseKind.CorporateComplaint)
                rows.Add(new ReportRow(entry.Action.Action, [entry.Team, entry.Action.Department, entry.Action.Lesson, ReportSources.Day(entry.Action.CompletedOn!.Value)]));
        return new ReportTable("lgsco.service_improvements", $"Service improvements made from corporate complaints, {year.Label}",
            ["Improvement", "Team", "Department", "Lesson learnt", "Completed"], rows, "Learning actions from corporate complaints completed in the year.");
    }

    private static ReportTable OmbudsmanTable(OmbudsmanLetter letter, ReportingPeriod year)
    {
        static string Count(int? n) => n is { } v ? v.ToString("N0", CultureInfo.GetCultureInfo("en-GB")) : "";
        static string Percent(int? n) => n is { } v ? $"{v}%" : "";
        return new ReportTable("lgsco.ombudsman_letter", $"The Ombudsman's annual review letter, {year.Label}", ["Figure", "The council", "Similar councils"],
        [
            new("Complaints and enquiries received", [Count(letter.Received), ""]),
            new("Referred back for local resolution", [Count(letter.ReferredBack), ""]),
            new("Closed after initial enquiries", [Count(letter.ClosedAfterAssessment), ""]),
            new("Investigated", [Count(letter.Investigated), ""]),
            new("Upheld (of those investigated)", [Percent(letter.UpheldPercent), Percent(letter.SimilarCouncilsUpheldPercent)]),
            new("Satisfactory remedy provided by the council", [Percent(letter.SatisfactoryRemedyPercent), Percent(letter.SimilarCouncilsRemedyPercent)]),
            new("Compliance with the Ombudsman's recommendations", [Percent(letter.CompliancePercent), Percent(letter.SimilarCouncilsCompliancePercent)]),
        ], "As entered by the complaints team from the Ombudsman's letter.");
    }
}
