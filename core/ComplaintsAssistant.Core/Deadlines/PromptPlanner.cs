using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Deadlines;

/// <summary>Which prompts a case calls for now: for every deadline running on it, the latest threshold reached (once the
/// ledger has it, it is not sent again), and the escalation to the manager once due. Nothing outside working hours.</summary>
public sealed class PromptPlanner(PromptSettings settings, ClockRules rules)
{
    public PromptSettings Settings => settings;

    public bool IsOpen(DateTimeOffset now) => settings.Hours.IsOpen(now, rules.Calendar);

    public IReadOnlyList<Prompt> For(Case subject, DateTimeOffset now)
    {
        if (!IsOpen(now)) return [];
        var today = UkDate.On(now);
        var thresholds = settings.For(subject.Kind);
        var prompts = new List<Prompt>();
        foreach (var due in DueClock.On(subject, rules))
        {
            var offset = OffsetOf(due.DueOn, today);
            // A learning action prompts only once past its target, and is not escalated.
            var learning = due.Clock == PromptClock.LearningAction;
            if (thresholds.LatestReached(offset) is { } threshold && (!learning || threshold > 0))
                prompts.Add(new Prompt(subject.Id, subject.Reference, subject.Kind, due, threshold, PromptAudience.Owner));
            if (!learning && thresholds.Escalates(offset))
                prompts.Add(new Prompt(subject.Id, subject.Reference, subject.Kind, due, offset, PromptAudience.Manager));
        }
        return prompts;
    }

    /// <summary>Working days from the due date to today: negative before it, 0 on it, positive overdue.</summary>
    public int OffsetOf(DateOnly dueOn, DateOnly today) =>
        today <= dueOn ? -rules.Calendar.WorkingDaysBetween(today, dueOn) : rules.Calendar.WorkingDaysBetween(dueOn, today);
}
