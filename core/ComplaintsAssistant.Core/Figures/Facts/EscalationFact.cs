using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.Figures.Facts;

/// <summary>One row per request to take a complaint to its next stage, for "Alternative dispute resolution": the request,
/// the stage asked for, what was decided, and the ADR tried on it. Counted by the day the request was received (a
/// request made in April about a complaint of March is one of April's escalations received), so
/// <see cref="ReceivedOn"/> is the request's date, not the complaint's.</summary>
/// <param name="Number">1-based, the request's place in the case's list.</param>
/// <param name="ToStage">The stage asked for.</param>
/// <param name="Decision">Null while the request is waiting for a decision.</param>
/// <param name="AdrMethod">How the ADR was held, in the council's words ("meeting", "mediation"); null where none was held or the record doesn't say.</param>
/// <param name="AdrHeld">An ADR (a meeting or mediation) was held on the request: completed, or it resolved the complaint.
/// One only arranged is not yet held.</param>
/// <param name="AdrResolved">The ADR resolved the complaint; null where none was held.</param>
/// <param name="Progressed">The next stage was opened on the request.</param>
public sealed record EscalationFact(
    CaseKind Kind,
    string Team,
    DateOnly ReceivedOn,
    int Number,
    int ToStage,
    EscalationDecision? Decision,
    string? AdrMethod,
    bool AdrHeld,
    bool? AdrResolved,
    bool Progressed)
{
    public static IReadOnlyList<EscalationFact> Of(Case subject) =>
        subject.Escalations.Select((e, i) => new EscalationFact(subject.Kind, subject.Team, e.RequestedOn, i + 1, e.ToStage, e.Decision,
            string.IsNullOrWhiteSpace(e.Adr?.Method) ? null : e.Adr.Method.Trim().ToLowerInvariant(),
            e.Adr is { } adr && (adr.CompletedOn is not null || adr.Resolved), e.Adr?.Resolved, e.Progressed)).ToArray();
}
