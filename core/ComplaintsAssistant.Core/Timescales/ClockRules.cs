using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Core.Timescales;

/// <summary>The council's timescales and the calendar they are counted on: everything a clock needs.</summary>
public sealed record ClockRules(TimescalePolicy Policy, WorkingDayCalendar Calendar)
{
    public static ClockRules Default { get; } = new(TimescalePolicy.Defaults, WorkingDayCalendar.EnglandAndWales);

    /// <summary>Starts a clock on the rule in force on <paramref name="startsOn"/>.</summary>
    public Result<Clock> Start(CaseKind kind, TimescaleKey key, ClockName name, DateOnly startsOn)
    {
        var rule = Policy.RuleFor(kind, key, startsOn);
        if (rule is null)
            return DomainError.Refused("no-timescale", $"No {key} timescale is configured for a {Workflow.Describe(kind)} starting {startsOn:d MMMM yyyy}.");
        return new Clock(name, startsOn, rule.Timescale);
    }

    public TimescaleRule? Rule(CaseKind kind, TimescaleKey key, DateOnly on) => Policy.RuleFor(kind, key, on);

    public static TimescaleKey ResponseKey(int stage) => stage == 2 ? TimescaleKey.Stage2Response : TimescaleKey.Stage1Response;
}
