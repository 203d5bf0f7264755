namespace ComplaintsAssistant.Core.Reports.Lgsco;

/// <summary>One provision of the Ombudsman's Complaint Handling Code that the self-assessment answers.</summary>
/// <param name="Id">As officers cite it: the Code's section number, with stage 1 and 2 of section 6 apart ("6a", "6b").</param>
/// <param name="Requirement">What the Code expects, in short (the Code's own text is the authority).</param>
public sealed record CodeProvision(string Id, string Title, string Requirement)
{
    public string Name => $"provision {Id} ({Title})";
}

/// <summary>The Code's provisions, one self-assessment row each, as councils publish their self-assessment (section by
/// section, with stage 1 and stage 2 apart). Titles are the LGSCO Code's own (February 2024), not the Housing Ombudsman's
/// Code it was aligned with, whose sections 1, 4 and 8 are named differently. platform-facts.md, "The LGSCO Complaint
/// Handling Code".</summary>
public static class CodeProvisions
{
    public static IReadOnlyList<CodeProvision> All { get; } =
    [
        new("1", "Definition of a service request and complaint",
            "A complaint is an expression of dissatisfaction, however made, about the standard of service, actions or lack of action by the council, its staff or those acting for it; the word 'complaint' need not be used, and the policy sets out how a service request differs from a complaint."),
        new("2", "Exclusions",
            "A complaint is accepted unless the policy gives a valid reason not to; a refusal is explained with the Ombudsman's details, and there are no blanket exclusions."),
        new("3", "Accessibility and awareness",
            "Complaints can be made through different channels, to any member of staff, with reasonable adjustments under the Equality Act 2010; the policy is published in an accessible format and people are told of their right to go to the Ombudsman."),
        new("4", "Complaint handling resources",
            "A person or team is designated to lead on complaints, with the resources, authority and training to resolve them; complaint handling is treated as a core service."),
        new("5", "The complaint handling process",
            "A single policy with two stages and no extra named stages (no 'stage 0' or 'informal complaint'); each complaint is dealt with on its merits, reasonable adjustments are recorded, and escalation is not refused without valid reasons."),
        new("6a", "Complaints stages: stage 1",
            "Acknowledged and logged within 5 working days; a full response within 10 working days of the acknowledgement (an extension of no more than 10 working days without good reason, explained, with the Ombudsman's details), answering every point and saying how to escalate."),
        new("6b", "Complaints stages: stage 2",
            "An escalation acknowledged and logged within 5 working days; considered by someone not involved at stage 1; a full response within 20 working days of the acknowledgement (an extension of no more than 20 working days without good reason), saying how to go to the Ombudsman."),
        new("7", "Putting things right",
            "Where something went wrong the council acknowledges it and puts it right (an apology, an explanation, changing a decision, a financial remedy, changing a policy), sets out what will happen and by when, and follows it through."),
        new("8", "Performance reporting and self-assessment",
            "An annual complaints performance and service improvement report for scrutiny and challenge (the self-assessment, analysis of performance including the types of complaints refused, non-compliance findings, service improvements from learning, the Ombudsman's annual letter), published with the governing body's response; a fresh self-assessment after a significant restructure, merger or change in procedures."),
        new("9", "Scrutiny and oversight: continuous learning and improvement",
            "Learning from complaints is used to improve services; a suitably senior person oversees complaint handling performance and lead responsibility for complaints is assigned in governance arrangements, with the governing body kept informed."),
    ];

    public static CodeProvision? Find(string? id) => All.FirstOrDefault(p => string.Equals(p.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));
}
