using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Learning;
using ComplaintsAssistant.Core.Reports;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Core.Tests.Reports;

public class ActionPlanTests
{
    private static readonly ReportingPeriod Year = ReportingPeriod.FinancialYear(2025);

    private static LearningActionEntry Entry(string action, DateOnly target, LearningStatus status = LearningStatus.Open, DateOnly? completed = null) =>
        new(Guid.NewGuid(), "CC-2025-0001", "Fostering",
            new LearningAction(1, "Issue naming a child", "Lesson", action, "Children's Services", "Owner Name", target, status, "Review naming a worker", completed));

    [Fact]
    public void ThePlanHasTheYearsActionsAndEarlierOnesStillOpenWithProgressAtTheYearEnd()
    {
        var table = ActionPlan.Table(
        [
            Entry("Due in the year, done", new(2025, 9, 1), LearningStatus.Completed, new(2025, 8, 20)),
            Entry("Due in the year, done after it", new(2026, 2, 1), LearningStatus.Completed, new(2026, 5, 1)),
            Entry("Carried over, open", new(2025, 1, 10), LearningStatus.InProgress),
            Entry("Done before the year", new(2025, 1, 10), LearningStatus.Completed, new(2025, 2, 1)),
            Entry("Next year's", new(2026, 6, 1)),
        ], Year);

        Assert.Equal(["Carried over, open", "Due in the year, done", "Due in the year, done after it"], table.Rows.Select(r => r.Heading));
        Assert.Equal(["In progress, past its target", "Completed 20 August 2025", "In progress, past its target"], table.Rows.Select(r => r.Cells[^1]));
        Assert.DoesNotContain(table.Rows.SelectMany(r => r.Cells), c => c.Contains("naming", StringComparison.Ordinal) || c.Contains("CC-", StringComparison.Ordinal) || c == "Owner Name");
    }

    [Fact]
    public void ThePlansActionsAreCountedByProgressAtTheYearEnd()
    {
        var table = ActionPlan.ByStatus(
        [
            Entry("Due in the year, done", new(2025, 9, 1), LearningStatus.Completed, new(2025, 8, 20)),
            Entry("Due in the year, done after it", new(2026, 2, 1), LearningStatus.Completed, new(2026, 5, 1)),
            Entry("Carried over, open", new(2025, 1, 10), LearningStatus.InProgress),
            Entry("Due at the year end, not started", new(2026, 3, 31)),
            Entry("Done before the year", new(2025, 1, 10), LearningStatus.Completed, new(2025, 2, 1)),
            Entry("Next year's", new(2026, 6, 1)),
        ], Year);

        Assert.Equal("Learning actions by progress at 31 March 2026", table.Caption);
        Assert.Equal(
            [("Completed", "1", "25%"), ("In progress", "2", "50%"), ("Not started", "1", "25%"), ("Cancelled", "0", "0%"),
             ("Of those not completed, past their target date", "2", ""), ("Total", "4", "")],
            table.Rows.Select(r => (r.Heading, r.Cells[0], r.Cells[1])));
    }
}
