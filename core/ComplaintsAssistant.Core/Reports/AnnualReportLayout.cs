namespace ComplaintsAssistant.Core.Reports;

/// <summary>One section of the annual report: its heading, what the officer is asked to write, and the figures it shows.</summary>
/// <param name="FigureIds">Shown in this order, each as a three-year table. An id the figures engine does not know yet is
/// left out of the report, so the section stays with its placeholder until the figure exists.</param>
public sealed record AnnualSection(string Id, string Heading, string Prompt, IReadOnlyList<string> FigureIds);

/// <summary>The annual report's sections, in the order the published reports use (the five in shared/seeds: introduction,
/// procedure, summary, complaints by stage, timeliness, concerns and outcomes, who complained, equalities, members'
/// enquiries, compliments, the Ombudsman, costs, ADR, learning, conclusions).</summary>
public static class AnnualReportLayout
{
    public const string LearningSection = "learning";
    public const string ComplimentsSection = "compliments";

    public static IReadOnlyList<AnnualSection> Sections { get; } =
    [
        new("introduction", "Introduction",
            "Why this report is published (regulation 13 of the Children Act 1989 Representations Procedure (England) Regulations 2006), who it is for, and the year's headlines.", []),
        new("procedure", "The complaints procedure",
            "How children, young people and those acting for them can make a representation, the three stages and their timescales, advocacy, and how the procedure was promoted this year.", []),
        new("summary", "Summary",
            "The year in a few sentences: how many representations, how quickly they were answered, what changed from last year and why.",
            ["representations.by_kind", "statutory.escalation_rates"]),
        new("representations", "Representations received",
            "What was received this year (complaints, compliments, comments, members' enquiries) and which teams they concerned.",
            ["complaints.informal_and_formal", "statutory.complaints.by_stage", "statutory.complaints.by_team"]),
        new("stage1", "Statutory complaints: stage 1 (local resolution)",
            "Stage 1 complaints this year: how many, how many were answered within 10 working days, and the reasons for any delay.",
            ["statutory.stage1.within_10_wd", "statutory.stage1.outcomes"]),
        new("stage2", "Statutory complaints: stage 2 (investigation)",
            "Stage 2 investigations: how many, the Investigating Officers and Independent Persons, and timeliness against 25 and 65 working days.",
            ["statutory.stage2.within_25_wd", "statutory.stage2.outcomes"]),
        new("stage3", "Statutory complaints: stage 3 (review panel)",
            "Review panels held, their recommendations and the council's decisions.",
            ["statutory.stage3.within_30_wd", "statutory.stage3.outcomes"]),
        new("timeliness", "Timeliness",
            "How long responses took at each stage, by quarter, and what is being done about delays.",
            ["statutory.average_working_days", "statutory.average_calendar_days", "statutory.stage1.by_quarter", "statutory.stage1.within_extended", "statutory.stage2.within_extended"]),
        new("concerns", "Concerns and outcomes",
            "What complaints were about, which concerns were upheld, and how complaints were put right.",
            ["statutory.concerns.by_category", "statutory.concerns.outcomes", "statutory.complaints.by_outcome", "statutory.resolutions"]),
        new("received", "How complaints were received and who complained",
            "The ways complaints arrived and who made them.",
            ["statutory.complaints.by_how_received", "statutory.complaints.by_complainant"]),
        new("young-people", "Young people and advocacy",
            "Complaints made by children and young people, directly or with an advocate, and the advocacy offered.",
            ["statutory.complaints.by_young_people", "statutory.complaints.with_advocate"]),
        new("equalities", "Equalities",
            "What the monitoring of the children concerned shows, and anything it means for services.",
            ["statutory.children.by_age_band", "statutory.children.by_gender", "statutory.children.by_ethnic_group", "statutory.children.by_ethnicity", "statutory.children.by_disability"]),
        new("members", "MP, MEP and councillor enquiries",
            "Enquiries from elected members on behalf of constituents, and how quickly they were answered.",
            ["member_enquiries.by_type", "member_enquiries.on_time", "member_enquiries.by_quarter"]),
        new(ComplimentsSection, "Compliments",
            "Compliments received, who they came from and what they were about.",
            ["compliments.by_team", "compliments.by_source", "compliments.from_young_people", "compliments.by_category"]),
        new("ombudsman", "The Local Government and Social Care Ombudsman",
            "Enquiries and investigations by the Ombudsman this year, the decisions, and remedies agreed.",
            ["ombudsman.enquiries.by_team", "ombudsman.enquiries.by_category", "ombudsman.decisions.by_decision", "ombudsman.decisions.by_finding",
                "ombudsman.remedies"]),
        new("costs", "Costs and compensation",
            "What complaints cost (independent investigators, independent persons, panels) and payments made to put things right.",
            ["costs.by_kind", "costs.compensation"]),
        new("adr", "Alternative dispute resolution",
            "Escalation requests where a meeting was offered first, how many were held, and how many resolved the complaint.",
            ["adr.escalations_received", "adr.held", "adr.resolved"]),
        new(LearningSection, "Learning from complaints and the action plan",
            "The main lessons of the year and how services changed because of them. The action plan below lists each action and its progress.", []),
        new("conclusions", "Conclusions and priorities for next year",
            "What went well, what must improve, and the priorities for the coming year.", []),
    ];
}
