using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Learning;
using ComplaintsAssistant.Core.Reports;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Store.Tests.Contract;

/// <summary>The annual report's action plan and the Code report's improvements are asked of the store for their year,
/// so a council with years of actions gets every one of the year's and none of the others (nothing cut short).</summary>
public abstract partial class CaseStoreContract
{
    private static DateTimeOffset On(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TheStoreSelectsAYearsActionPlanAndItsCompletedActions()
    {
        var store = await NewStoreAsync();
        var subject = SampleCases.Statutory(receivedOn: new DateOnly(2024, 4, 20));
        void Add(string action, DateOnly target) => Assert.True(subject.AddLearningAction(
            new NewLearningAction("Issue", "Lesson", action, "Children in Care", "manager-1", target), "officer-1", On(2024, 5, 1)).Succeeded);
        void Settle(int number, LearningStatus status, DateTimeOffset on) =>
            Assert.True(subject.UpdateLearningAction(number, status, "Done", "officer-1", on).Succeeded);
        Add("due in the year, open", new DateOnly(2025, 6, 1));                  // 1: in the plan
        Add("due before, still open", new DateOnly(2024, 12, 1));                // 2: in the plan
        Add("due before, completed in the year", new DateOnly(2024, 11, 1));     // 3: in the plan, completed in the year
        Add("due before, completed before", new DateOnly(2024, 10, 1));          // 4: neither
        Add("due before, cancelled", new DateOnly(2024, 9, 1));                  // 5: neither
        Add("due after, completed early", new DateOnly(2026, 6, 1));             // 6: completed in the year only
        Settle(3, LearningStatus.Completed, On(2025, 5, 5));
        Settle(4, LearningStatus.Completed, On(2025, 1, 10));
        Settle(5, LearningStatus.Cancelled, On(2024, 12, 1));
        Settle(6, LearningStatus.Completed, On(2025, 8, 1));
        await store.AddAsync(subject, SampleCases.Index(subject));
        var year = ReportingPeriod.FinancialYear(2025);

        var plan = await store.ListLearningActionsAsync(new LearningQuery(OpenOnly: false, Take: int.MaxValue, PlanFor: year));
        var completed = await store.ListLearningActionsAsync(new LearningQuery(OpenOnly: false, Take: int.MaxValue, CompletedIn: year));

        Assert.Equal([3, 2, 1], plan.Select(e => e.Action.Number));
        Assert.Equal(ActionPlan.InYear(subject.LearningActions.Select(a => new LearningActionEntry(subject.Id, subject.Reference, subject.Team, a)), year)
            .Select(e => e.Action.Number).Order(), plan.Select(e => e.Action.Number).Order());
        Assert.Equal([3, 6], completed.Select(e => e.Action.Number).Order());
    }
}
