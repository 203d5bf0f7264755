using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Learning;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Core.Reports;

/// <summary>The learning action plan as the report publishes it: actions due in the year, and earlier ones still open, with
/// their progress at the year end. It shows the service, the lesson, the action, the target and the progress, never the
/// case's reference, the action's owner (a person), the issue (what happened in one child's case) or the review note.</summary>
public static class ActionPlan
{
    public const string TableId = "learning.action_plan";

    public static IEnumerable<LearningActionEntry> InYear(IEnumerable<LearningActionEntry> entries, ReportingPeriod year) =>
        entries.Where(e => year.Contains(e.Action.TargetDate)
                || (e.Action.TargetDate < year.From && (e.Action.CompletedOn is not { } done || done >= year.From) && e.Action.Status != LearningStatus.Cancelled))
            .OrderBy(e => e.Action.TargetDate).ThenBy(e => e.Action.Department, StringComparer.Ordinal);

    public static ReportTable Table(IReadOnlyList<LearningActionEntry> entries, ReportingPeriod year)
    {
        var rows = InYear(entries, year).Select(e => new ReportRow(e.Action.Action,
            [e.Team, e.Action.Department, e.Action.Lesson, ReportSources.Day(e.Action.TargetDate), Progress(e.Action, year)])).ToArray();
        return new ReportTable(TableId, $"Learning action plan, {year.Label}",
            ["Action", "Team", "Department", "Lesson learnt", "Target date", $"Progress at {ReportSources.Day(year.To)}"], rows,
            "Actions due in the year and actions from earlier years still open at its start.");
    }

    public const string ByStatusId = "learning.actions.by_status";

    /// <summary>The plan's actions counted by their progress at the year end ("12 actions: 8 completed, 3 in progress, 1 not
    /// started; 2 past their target"), shares rounded half up.</summary>
    public static ReportTable ByStatus(IReadOnlyList<LearningActionEntry> entries, ReportingPeriod year)
    {
        var actions = InYear(entries, year).Select(e => e.Action).ToArray();
        var counts = Enum.GetValues<YearEndProgress>().Select(p => actions.Count(a => ProgressOf(a, year) == p)).ToArray();
        var shares = Percentages.Shares(counts, Rounding.HalfUp);
        var pastTarget = actions.Count(a => IsPastTarget(a, year));
        List<ReportRow> rows = [.. Enum.GetValues<YearEndProgress>().Select((p, i) => new ReportRow(Words(p), [ThreeYearTable.Count(counts[i]), shares[i] is { } s ? $"{s}%" : ""]))];
        rows.Add(new ReportRow("Of those not completed, past their target date", [ThreeYearTable.Count(pastTarget), ""]));
        rows.Add(new ReportRow("Total", [ThreeYearTable.Count(actions.Length), ""]));
        return new ReportTable(ByStatusId, $"Learning actions by progress at {ReportSources.Day(year.To)}", ["Progress", "Actions", "Share"], rows,
            "The actions of the plan below: due in the year, or from earlier years and still open at its start. An action completed after the year end is in progress here.");
    }

    /// <summary>Progress as at the year end: an action completed after it is still in progress in this report.</summary>
    private static YearEndProgress ProgressOf(LearningAction action, ReportingPeriod year) => action switch
    {
        { Status: LearningStatus.Completed, CompletedOn: { } done } when done <= year.To => YearEndProgress.Completed,
        { Status: LearningStatus.Cancelled } => YearEndProgress.Cancelled,
        { Status: LearningStatus.Open } => YearEndProgress.NotStarted,
        _ => YearEndProgress.InProgress,
    };

    private static bool IsPastTarget(LearningAction action, ReportingPeriod year) =>
        ProgressOf(action, year) is YearEndProgress.InProgress or YearEndProgress.NotStarted && action.TargetDate < year.To;

    private static string Progress(LearningAction action, ReportingPeriod year) => ProgressOf(action, year) switch
    {
        YearEndProgress.Completed => $"Completed {ReportSources.Day(action.CompletedOn!.Value)}",
        YearEndProgress.Cancelled => "Cancelled",
        var open => Words(open) + (IsPastTarget(action, year) ? ", past its target" : ""),
    };

    private static string Words(YearEndProgress progress) => progress switch
    {
        YearEndProgress.Completed => "Completed",
        YearEndProgress.InProgress => "In progress",
        YearEndProgress.NotStarted => "Not started",
        _ => "Cancelled",
    };

    private enum YearEndProgress { Completed, InProgress, NotStarted, Cancelled }
}
