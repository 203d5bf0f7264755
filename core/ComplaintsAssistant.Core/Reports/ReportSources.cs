using System.Globalization;
using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Core.Reports;

/// <summary>What every report reads: figures as three-year tables, and the learning actions the person may see.</summary>
internal static class ReportSources
{
    /// <summary>A council has tens of learning actions a year; this bounds a store that holds far more.</summary>
    private const int MostLearningActions = 10_000;

    /// <summary>A three-year table for each id the figures engine knows, in order; an id it does not know yet is left out.</summary>
    /// <param name="asAt">Status as at this day (each earlier year's as at the same day a year before); null for today's.</param>
    public static async Task<IReadOnlyList<ReportTable>> TablesAsync(FiguresService figures, Actor actor, ReportingPeriod year,
        IEnumerable<string> ids, CancellationToken cancellationToken, DateOnly? asAt = null)
    {
        var conventions = figures.CouncilConventions with { AsAt = asAt };
        var tables = new List<ReportTable>();
        foreach (var id in ids)
            if (await figures.CompareAsync(actor, id, year, conventions, cancellationToken: cancellationToken) is { } thisYear
                && await figures.CompareAsync(actor, id, year.YearEarlier(), conventions.YearEarlier(), cancellationToken: cancellationToken) is { } lastYear)
                tables.Add(ThreeYearTable.Of(thisYear, lastYear));
        return tables;
    }

    public static Task<IReadOnlyList<LearningActionEntry>> LearningAsync(ICaseStore store, Actor actor, CancellationToken cancellationToken) =>
        store.ListLearningActionsAsync(new LearningQuery(OpenOnly: false, Teams: ReportAccess.Teams(actor), Take: MostLearningActions), cancellationToken);

    /// <summary>"31 March 2026".</summary>
    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
