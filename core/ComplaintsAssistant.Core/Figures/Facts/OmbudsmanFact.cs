using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.Figures.Facts;

/// <summary>One row per Ombudsman enquiry, for "The Ombudsman": which body, the LGSCO's category, its decision and finding,
/// and whether it asked for a remedy and how much. The remedy's words stay in the case: only that there was one is counted.</summary>
/// <param name="DecidedOn">When the Ombudsman decided; the date "by date responded" counts decisions by.</param>
/// <param name="Remedied">The Ombudsman asked the council to put something right (in words, or with a payment).</param>
/// <param name="RemedyPence">The remedy amount the Ombudsman asked for, in pence; null when none was named.</param>
public sealed record OmbudsmanFact(
    CaseKind Kind,
    string Team,
    DateOnly ReceivedOn,
    string? Body,
    string? LgscoCategory,
    OmbudsmanDecision? OmbudsmanDecision,
    DateOnly? DecidedOn,
    OmbudsmanFinding? Finding,
    bool Remedied,
    long? RemedyPence)
{
    public static IReadOnlyList<OmbudsmanFact> Of(Case subject) =>
        subject.Kind != CaseKind.OmbudsmanEnquiry || subject.Snapshot.Ombudsman is not { } o
            ? []
            : [new OmbudsmanFact(subject.Kind, subject.Team, subject.ReceivedOn, Blank(o.Body), Blank(o.LgscoCategory), o.Decision,
                o.DecidedOn, o.Finding, !string.IsNullOrWhiteSpace(o.Remedy) || o.RemedyAmount > 0,
                o.RemedyAmount is { } amount ? Money.Pence(amount) : null)];

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
