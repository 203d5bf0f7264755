using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.Figures.Facts;

/// <summary>One row per concern raised in a complaint, with the finding on it at the furthest stage that gave one.</summary>
/// <param name="FirstOfCategory">The first concern of its category in its complaint: counting only these counts
/// categories distinct per complaint; counting all counts every time raised (one council's 297 communication
/// concerns across 142 complaints).</param>
public sealed record ConcernFact(
    CaseKind Kind,
    string Team,
    DateOnly ReceivedOn,
    int Number,
    string Category,
    bool FirstOfCategory,
    Outcome? Outcome)
{
    public static IReadOnlyList<ConcernFact> Of(Case subject)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return subject.Concerns.Select(c => new ConcernFact(
            subject.Kind, subject.Team, subject.ReceivedOn, c.Number, c.Category, seen.Add(c.Category), FindingOn(subject, c.Number))).ToArray();
    }

    private static Outcome? FindingOn(Case subject, int concern) =>
        subject.Stages.Reverse()
            .Select(s => s.ConcernOutcomes?.FirstOrDefault(o => o.ConcernNumber == concern)?.Outcome)
            .FirstOrDefault(o => o is not null);
}
