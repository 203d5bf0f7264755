using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Figures.Definitions;
using ComplaintsAssistant.Core.Figures.Facts;

namespace ComplaintsAssistant.Core.Figures;

/// <summary>Figures for a person: the figure for a period beside the same period a year earlier, limited to what they
/// may see (the complaints team every team's; managers and staff their own teams'). Figures carry no references or
/// names, so a social worker's figures need nothing removed beyond other teams.</summary>
public sealed class FiguresService(IFigureFacts facts, OpenWorkFigures openWork, TimeProvider clock)
{
    private DateOnly Today => UkDate.On(clock.GetUtcNow());

    /// <summary>Null when no figure has <paramref name="figureId"/>.</summary>
    public async Task<FigureComparison?> CompareAsync(Actor actor, string figureId, ReportingPeriod period,
        CountingConventions? conventions = null, CancellationToken cancellationToken = default)
    {
        var teams = actor.SeesAllTeams ? null : actor.Teams;
        var chosen = conventions ?? CountingConventions.Default;
        if (OpenWorkFigures.Ids.Contains(figureId))
            return new FigureComparison(await openWork.ComputeAsync(figureId, Today, teams, chosen.Rounding, cancellationToken), null);
        if (FigureCatalogue.Find(figureId) is not { } figure) return null;
        var current = await figure.ComputeAsync(new FigureRequest(period, teams, chosen), facts, cancellationToken);
        var earlier = await figure.ComputeAsync(new FigureRequest(period.YearEarlier(), teams, chosen), facts, cancellationToken);
        return new FigureComparison(current, earlier);
    }
}
