using System.Globalization;
using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Core.Reports;

/// <summary>What every report reads: figures as three-year tables, and the learning actions the person may see.</summary>
internal static class ReportSources
{
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

    /// <summary>The year's action plan as the store selects it (never every action the council ever recorded, and never cut
    /// short: a year holds tens of actions).</summary>
    public static Task<IReadOnlyList<LearningActionEntry>> ActionPlanAsync(ICaseStore store, Actor actor, ReportingPeriod year, CancellationToken cancellationToken) =>
        store.ListLearningActionsAsync(new LearningQuery(OpenOnly: false, Teams: ReportAccess.Teams(actor), Take: int.MaxValue, PlanFor: year), cancellationToken);

    /// <summary>The actions completed in the year, whenever they were due.</summary>
    public static Task<IReadOnlyList<LearningActionEntry>> CompletedAsync(ICaseStore store, Actor actor, ReportingPeriod year, CancellationToken cancellationToken) =>
        store.ListLearningActionsAsync(new LearningQuery(OpenOnly: false, Teams: ReportAccess.Teams(actor), Take: int.MaxValue, CompletedIn: year), cancellationToken);

    /// <summary>"31 March 2026".</summary>
    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
