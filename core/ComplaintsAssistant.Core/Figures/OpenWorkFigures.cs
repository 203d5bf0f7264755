using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Core.Figures;

/// <summary>Figures as at today rather than for a period: what is overdue, what falls due this week, learning actions
/// past their target. Answered from the case index and the learning projection (never whole cases), by team.</summary>
public sealed class OpenWorkFigures(ICaseStore store)
{
    public const string Overdue = "open.overdue";
    public const string DueThisWeek = "open.due_this_week";
    public const string LearningOverdue = "learning.overdue";

    public static IReadOnlyList<string> Ids { get; } = [Overdue, DueThisWeek, LearningOverdue];

    public static string Label(string id) => id switch
    {
        Overdue => "Open cases past their due date",
        DueThisWeek => "Open cases due this week",
        _ => "Learning actions past their target date",
    };

    public async Task<Figure> ComputeAsync(string id, DateOnly today, IReadOnlyList<string>? teams, Rounding rounding, CancellationToken cancellationToken)
    {
        var asAt = ReportingPeriod.Custom(today, today);
        IReadOnlyList<string> byTeam = id == LearningOverdue
            ? (await store.ListLearningActionsAsync(new LearningQuery(OpenOnly: true, Teams: teams, Take: CaseQuery.MaxTake), cancellationToken))
                .Where(l => l.Action.TargetDate < today).Select(l => l.Team).ToArray()
            : await OpenTeamsDueAsync(id == Overdue ? today.AddDays(-1) : EndOfWeek(today), id == Overdue ? null : today, teams, cancellationToken);

        var groups = byTeam.GroupBy(t => t).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToArray();
        var shares = Percentages.Shares(groups.Select(g => g.Count()).ToArray(), rounding);
        var rows = groups.Select((g, i) => new FigureRow(g.Key, g.Count(), shares[i])).ToArray();
        return new Figure(id, Label(id), asAt, FigureUnit.Count, byTeam.Count, byTeam.Count, rows,
            id == DueThisWeek ? "Due from today to Sunday; the due day itself is on time." : "Past due means after the due day.");
    }

    /// <summary>Open clocks due on or before <paramref name="dueBy"/> (and not before <paramref name="dueFrom"/>), read page by page from the index.</summary>
    private async Task<IReadOnlyList<string>> OpenTeamsDueAsync(DateOnly dueBy, DateOnly? dueFrom, IReadOnlyList<string>? teams, CancellationToken cancellationToken)
    {
        var found = new List<string>();
        for (var skip = 0; ; skip += CaseQuery.MaxTake)
        {
            var page = await store.ListAsync(new CaseQuery(OpenOnly: true, Teams: teams, DueOnOrBefore: dueBy, Skip: skip, Take: CaseQuery.MaxTake), cancellationToken);
            found.AddRange(page.Where(c => dueFrom is not { } from || c.DueOn >= from).Select(c => c.Team));
            if (page.Count < CaseQuery.MaxTake) return found;
        }
    }

    private static DateOnly EndOfWeek(DateOnly today) => today.AddDays((7 - (int)today.DayOfWeek) % 7);
}
