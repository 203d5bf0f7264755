using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Figures.Definitions;
using ComplaintsAssistant.Core.Figures.Facts;

namespace ComplaintsAssistant.Core.Figures;

/// <summary>Figures for a person: the figure for a period beside the same period a year earlier, limited to what they
/// may see (the complaints team every team's; managers and staff their own teams'). Figures carry no references or
/// names, so a social worker's figures need nothing removed beyond other teams.</summary>
/// <param name="councilConventions">The council's own choices (its small-number threshold), when it has made any.</param>
/// <param name="teamNames">Teams renamed in restructures: figures show today's names, with former names' cases under them.</param>
public sealed class FiguresService(IFigureFacts facts, OpenWorkFigures openWork, TimeProvider clock, CountingConventions? councilConventions = null,
    TeamMapping? teamNames = null)
{
    private readonly TeamMapping _teamNames = teamNames ?? TeamMapping.None;

    private DateOnly Today => UkDate.On(clock.GetUtcNow());

    /// <summary>The council's counting conventions (the defaults where it chose none).</summary>
    public CountingConventions CouncilConventions => councilConventions ?? CountingConventions.Default;

    /// <summary>Null when no figure has <paramref name="figureId"/>.</summary>
    /// <param name="team">One team's figure; a team the person may not see counts nothing (ask <see cref="MaySee"/> first to say why).</param>
    public async Task<FigureComparison?> CompareAsync(Actor actor, string figureId, ReportingPeriod period,
        CountingConventions? conventions = null, string? team = null, CancellationToken cancellationToken = default)
    {
        var teams = Visible(actor, team);
        var chosen = conventions ?? councilConventions ?? CountingConventions.Default;
        if (OpenWorkFigures.Ids.Contains(figureId))
            return new FigureComparison(await openWork.ComputeAsync(figureId, Today, teams, chosen.Rounding, cancellationToken), null);
        if (FigureCatalogue.Find(figureId) is not { } figure) return null;
        var counted = teams is null ? null : _teamNames.WithFormerNames(teams);
        var current = await figure.ComputeAsync(new FigureRequest(period, counted, chosen, _teamNames), facts, cancellationToken);
        var earlier = await figure.ComputeAsync(new FigureRequest(period.YearEarlier(), counted, chosen.YearEarlier(), _teamNames), facts, cancellationToken);
        if (!FigureCatalogue.DescribePeople.Contains(figureId)) return new FigureComparison(current, earlier);
        return new FigureComparison(SmallNumbers.Suppress(current, chosen.SmallNumbersBelow), SmallNumbers.Suppress(earlier, chosen.SmallNumbersBelow));
    }

    /// <summary>The figure for each team side by side ("By team" on the card): the complaints team for every one of the
    /// council's <paramref name="councilTeams"/>, a manager for their own; staff see their own team's figure only, so
    /// nothing. Null when no figure has <paramref name="figureId"/>.</summary>
    public async Task<IReadOnlyList<(string Team, FigureComparison Answer)>?> ByTeamAsync(Actor actor, string figureId, ReportingPeriod period,
        IReadOnlyList<string> councilTeams, CancellationToken cancellationToken = default)
    {
        if (!MayCompareTeams(actor)) return [];
        var byTeam = new List<(string, FigureComparison)>();
        foreach (var team in actor.SeesAllTeams ? councilTeams : actor.Teams)
        {
            if (await CompareAsync(actor, figureId, period, team: team, cancellationToken: cancellationToken) is not { } answer) return null;
            byTeam.Add((team, answer));
        }
        return byTeam;
    }

    /// <summary>Teams side by side are for the complaints team and managers (their own teams), not staff.</summary>
    public static bool MayCompareTeams(Actor actor) => actor.Role is Role.ComplaintsOfficer or Role.Manager;

    /// <summary>Whether the person may see <paramref name="team"/>'s figures: the complaints team any team's, others their own.</summary>
    public static bool MaySee(Actor actor, string team) =>
        actor.SeesAllTeams || actor.Teams.Contains(team, StringComparer.OrdinalIgnoreCase);

    /// <summary>The teams counted: every team (null) for the complaints team, otherwise the person's own; one team when asked, if theirs.</summary>
    private static IReadOnlyList<string>? Visible(Actor actor, string? team) =>
        team is null ? (actor.SeesAllTeams ? null : actor.Teams) : MaySee(actor, team) ? [team] : [];
}
