using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Core.Deadlines;

/// <summary>When a clock prompts, in working days relative to its due date: before it, on the day, and every working
/// day it is overdue; and when the owner's manager is told.</summary>
/// <param name="WorkingDaysBefore">Prompts this many working days before the due date (default 3 and 1).</param>
/// <param name="EscalateAfterWorkingDaysOverdue">The owner's manager is prompted once the clock is this many working days overdue; 0 never.</param>
public sealed record PromptThresholds(
    IReadOnlyList<int> WorkingDaysBefore,
    bool OnTheDay = true,
    bool EveryWorkingDayOverdue = true,
    int EscalateAfterWorkingDaysOverdue = 2)
{
    public static PromptThresholds Default { get; } = new([3, 1]);

    /// <summary>The latest threshold a clock has reached at <paramref name="offset"/> working days from its due date
    /// (negative before it, 0 on the day, positive overdue), or null before the first. A host that was down sends this
    /// one only, not every threshold it missed.</summary>
    public int? LatestReached(int offset)
    {
        if (offset > 0 && EveryWorkingDayOverdue) return offset;
        if (offset >= 0 && OnTheDay) return 0;
        var before = WorkingDaysBefore.Where(days => -days <= offset).Select(days => (int?)-days).Max();
        return before;
    }

    public bool Escalates(int offset) => EscalateAfterWorkingDaysOverdue > 0 && offset >= EscalateAfterWorkingDaysOverdue;

    /// <summary>Checks configured thresholds; <paramref name="name"/> is the configuration key they came from.</summary>
    public DomainError? Validate(string name) => Check.All(
        WorkingDaysBefore.Any(days => days <= 0)
            ? DomainError.Invalid($"{name}:WorkingDaysBefore", "days-before-positive", $"{name}:WorkingDaysBefore: each reminder before the due date must be at least 1 working day before it.")
            : null,
        EscalateAfterWorkingDaysOverdue < 0
            ? DomainError.Invalid($"{name}:EscalateAfterWorkingDaysOverdue", "escalation-not-negative", $"{name}:EscalateAfterWorkingDaysOverdue: give the working days overdue before the manager is told, or 0 for never.")
            : null);
}
