namespace ComplaintsAssistant.Core.Reports.Lgsco;

/// <summary>One provision of the Ombudsman's Complaint Handling Code that the self-assessment answers.</summary>
/// <param name="Id">As officers cite it: the Code's section number, with stage 1 and 2 of section 6 apart ("6a", "6b").</param>
/// <param name="Requirement">What the Code expects, in short (the Code's own text is the authority).</param>
public sealed record CodeProvision(string Id, string Title, string Requirement)
{
    public string Name => $"provision {Id} ({Title})";
}

/// <summary>The Code's provisions, one self-assessment row each, as councils publish their self-assessment (section by
/// section, with stage 1 and stage 2 apart). platform-facts.md, "The LGSCO Complaint Handling Code".</summary>
public static class CodeProvisions
{
    public static IReadOnlyList<CodeProvision> All { get; } =
    [
        new("1", "Definition of a complaint",
            "A complaint is any expression of dissatisfaction with the council's service, action or lack of action, however made; it is told apart from a request for service and logged as a complaint when the person is dissatisfied."),
        new("2", "Exclusions",
            "A complaint is accepted unless a reason set out in the policy excludes it; a refusal is explained in writing with the Ombudsman's details, and there are no blanket exclusions."),
        new("3", "Accessibility and awareness",
            "Complaints can be made in different ways and with reasonable adjustments; the policy is published and easy to find, and people are told they can go to the Ombudsman."),
        new("4", "Complaint handling staff",
            "A person or team leads on complaints, with the authority, independence and training to resolve them."),
        new("5", "The complaint handling process",
            "One procedure of two stages; complaints acknowledged within 5 working days, the points of complaint set out and agreed, handled fairly and recorded."),
        new("6a", "Complaint stages: stage 1",
            "A response within 10 working days of the acknowledgement (up to 10 more with reasons), answering every point and saying how to escalate."),
        new("6b", "Complaint stages: stage 2",
            "Handled by someone not involved at stage 1; a response within 20 working days of the acknowledgement (up to 20 more with reasons), saying how to go to the Ombudsman."),
        new("7", "Putting things right",
            "Where something went wrong the council puts it right (an apology, an action, a payment) and does what it said it would."),
        new("8", "Self-assessment, reporting and compliance",
            "A self-assessment and an annual complaints performance and service improvement report to the governing body, published with its response; a fresh self-assessment after a major restructure."),
        new("9", "Scrutiny and oversight: continuous learning and improvement",
            "Learning from complaints improves services; a member or senior officer is responsible for complaints and the governing body is kept informed."),
    ];

    public static CodeProvision? Find(string? id) => All.FirstOrDefault(p => string.Equals(p.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));
}
