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

    /// <summary>Progress as at the year end: an action completed after it is still in progress in this report.</summary>
    private static string Progress(LearningAction action, ReportingPeriod year) => action switch
    {
        { Status: LearningStatus.Completed, CompletedOn: { } done } when done <= year.To => $"Completed {ReportSources.Day(done)}",
        { Status: LearningStatus.Cancelled } => "Cancelled",
        _ => (action.Status == LearningStatus.Open ? "Not started" : "In progress") + (action.TargetDate < year.To ? ", past its target" : ""),
    };
}
