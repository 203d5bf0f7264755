using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Deadlines;

namespace ComplaintsAssistant.Bot.Prompts;

/// <summary>The <c>Prompts</c> section: how often the scheduler runs, in which hours, and at which thresholds.</summary>
public sealed class PromptOptions
{
    public const string Section = "Prompts";

    /// <summary>How often a pass runs; a pass outside working hours reads nothing.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>False: passes run only when asked (<c>POST /dev/prompts/run</c>), e.g. in tests that move the clock.</summary>
    public bool Background { get; set; } = true;

    public HoursOptions WorkingHours { get; set; } = new();

    public ThresholdOptions Thresholds { get; set; } = new();

    /// <summary>Thresholds for one kind of case, e.g. <c>Prompts:ByKind:MemberEnquiry:WorkingDaysBefore:0=2</c>.</summary>
    public Dictionary<CaseKind, ThresholdOptions> ByKind { get; set; } = [];

    /// <summary>The weekday the complaints officers' weekly digest goes out (inside working hours; on the next working day
    /// that week when it is a bank holiday).</summary>
    public DayOfWeek DigestDay { get; set; } = DayOfWeek.Monday;

    /// <summary>Where escalations find the owner's manager: <c>Configuration</c> (<c>Access:People</c>' <c>manager</c>) or
    /// <c>Graph</c> (Microsoft Graph, with configuration winning where set).</summary>
    public ManagerSource Managers { get; set; } = ManagerSource.Configuration;

    /// <summary>How long an answer from Microsoft Graph (a manager, or none) is kept.</summary>
    public TimeSpan ManagersCacheFor { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How far ahead, in working days, the owner may snooze a reminder (never past the due date).</summary>
    public int SnoozeMaxWorkingDays { get; set; } = 2;

    public PromptSettings ToSettings() => new(
        Thresholds.ToThresholds(),
        new Core.Deadlines.WorkingHours(WorkingHours.Start, WorkingHours.End),
        ByKind.ToDictionary(pair => pair.Key, pair => pair.Value.ToThresholds()));
}

public enum ManagerSource { Configuration, Graph }

/// <summary>UK time (Europe/London).</summary>
public sealed class HoursOptions
{
    public TimeOnly Start { get; set; } = new(9, 0);
    public TimeOnly End { get; set; } = new(17, 0);
}

public sealed class ThresholdOptions
{
    public List<int> WorkingDaysBefore { get; set; } = [3, 1];
    public bool OnTheDay { get; set; } = true;
    public bool EveryWorkingDayOverdue { get; set; } = true;
    public int EscalateAfterWorkingDaysOverdue { get; set; } = 2;

    public PromptThresholds ToThresholds() => new(WorkingDaysBefore.Distinct().ToArray(), OnTheDay, EveryWorkingDayOverdue, EscalateAfterWorkingDaysOverdue);
}
