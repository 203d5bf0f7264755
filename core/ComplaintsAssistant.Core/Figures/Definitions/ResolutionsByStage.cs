using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Figures.Facts;

namespace ComplaintsAssistant.Core.Figures.Definitions;

/// <summary>"How complaints were resolved": the resolutions recorded in each stage's response, in the import's words
/// (apology, explanation given, change to practice…), per stage. A response may record several, so the value counts
/// resolutions, not complaints.</summary>
internal sealed class ResolutionsByStage(string id, CaseKind kind) : IFigureDefinition
{
    public string Id => id;

    public string Label => $"Resolutions of {Kinds.Plural(kind).ToLowerInvariant()}, by stage";

    public async Task<Figure> ComputeAsync(FigureRequest request, IFigureFacts facts, CancellationToken cancellationToken)
    {
        var conventions = request.Conventions;
        List<FactFilter> where = [FactFilter.Is(FactField.Kind, FactValue.Of(kind))];
        var furthest = conventions.Stages == StageCounting.FurthestStage;
        if (furthest) where.Add(FactFilter.Is(FactField.IsFurthest, FactValue.Of(true)));
        var counts = await facts.CountAsync(new FactQuery(FactTable.Resolutions, conventions.DateBasis, request.Period.From, request.Period.To,
            where, [FactField.Stage, FactField.Resolution], request.Teams), cancellationToken);
        var ordered = counts.OrderBy(c => c.Keys[0], StringComparer.Ordinal).ThenByDescending(c => c.Count)
            .ThenBy(c => FigureWords.Of(FactField.Resolution, c.Keys[1]), StringComparer.Ordinal).ToArray();
        var shares = Percentages.Shares(ordered.Select(c => c.Count).ToArray(), conventions.Rounding);
        var rows = ordered.Select((c, i) => new FigureRow(
            $"{FigureWords.Of(FactField.Stage, c.Keys[0])} — {FigureWords.Of(FactField.Resolution, c.Keys[1])}", c.Count, shares[i])).ToArray();
        var total = ordered.Sum(c => c.Count);
        return new Figure(Id, Label, request.Period, FigureUnit.Count, total, total, rows, string.Join(" ",
            furthest ? "Resolutions at the furthest stage each complaint reached." : "Resolutions at every stage a complaint passed through.",
            conventions.DateBasis == DateBasis.Received ? "By date received." : "By date responded.",
            "A response may record several resolutions; each is counted."));
    }
}
