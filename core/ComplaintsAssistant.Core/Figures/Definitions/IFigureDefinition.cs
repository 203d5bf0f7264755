using ComplaintsAssistant.Core.Figures.Facts;

namespace ComplaintsAssistant.Core.Figures.Definitions;

/// <summary>One figure the council publishes, computed from the store's facts for any period.</summary>
public interface IFigureDefinition
{
    /// <summary>Stable: the chat, the report and a saved CSV name the figure by it (<c>statutory.stage1.within_10_wd</c>).</summary>
    string Id { get; }

    /// <summary>In the report's words: "Stage 1 complaints responded to within 10 working days".</summary>
    string Label { get; }

    Task<Figure> ComputeAsync(FigureRequest request, IFigureFacts facts, CancellationToken cancellationToken);
}

/// <param name="Teams">Only these teams' cases (what a manager or social worker may see); null for every team.</param>
/// <param name="TeamNames">Former team names shown under today's (<see cref="TeamMapping"/>); none by default.</param>
public sealed record FigureRequest(ReportingPeriod Period, IReadOnlyList<string>? Teams, CountingConventions Conventions, TeamMapping? TeamNames = null)
{
    /// <summary>The rows of a count with former team names under today's, merged (rows keep the order of first appearance).</summary>
    internal IReadOnlyList<FactCount> InTodaysTeams(IReadOnlyList<FactCount> counts, IReadOnlyList<FactField> by)
    {
        var team = by.ToList().IndexOf(FactField.Team);
        if (team < 0 || TeamNames is null) return counts;
        return counts
            .Select(c => c with { Keys = c.Keys.Select((k, i) => i == team && k is not null ? TeamNames.Current(k) : k).ToArray() })
            .GroupBy(c => string.Join("\u001f", c.Keys.Select(k => k ?? "\u0000")))
            .Select(g => g.First() with { Count = g.Sum(c => c.Count) })
            .ToArray();
    }
}
