using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.Figures.Facts;

/// <summary>One row per resolution recorded in a stage's response (an apology, a change to practice, a financial remedy…),
/// for "How complaints were resolved": a response may record several, and each is counted.</summary>
/// <param name="IsFurthest">Given at the furthest stage the case reached: the "counted once" convention counts only these.</param>
/// <param name="RespondedOn">When the stage was answered; what "by date responded" counts by.</param>
public sealed record ResolutionFact(
    CaseKind Kind,
    string Team,
    DateOnly ReceivedOn,
    int Stage,
    bool IsFurthest,
    DateOnly? RespondedOn,
    Resolution Resolution)
{
    public static IReadOnlyList<ResolutionFact> Of(Case subject)
    {
        var furthest = subject.Stages.Count;
        return subject.Stages
            .SelectMany(s => (s.Resolutions ?? []).Distinct().Select(r =>
                new ResolutionFact(subject.Kind, subject.Team, subject.ReceivedOn, s.Number, s.Number == furthest, s.RespondedOn, r)))
            .ToArray();
    }
}
