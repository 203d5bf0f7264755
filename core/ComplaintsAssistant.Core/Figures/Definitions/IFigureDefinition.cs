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
public sealed record FigureRequest(ReportingPeriod Period, IReadOnlyList<string>? Teams, CountingConventions Conventions);
