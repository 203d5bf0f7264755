namespace ComplaintsAssistant.Core.Retention;

/// <summary>One line of the schedule: keep <paramref name="Class"/> for <paramref name="Period"/> after
/// <paramref name="Trigger"/>.</summary>
public sealed record RetentionRule(RecordClass Class, RetentionPeriod Period, RetentionTrigger Trigger)
{
    /// <summary>"statutory complaints: closure + 6 years" — the rule as a disposal record and the README quote it.</summary>
    public string InWords => $"{Class.InWords()}: {Trigger.InWords()} + {Period.InWords}";
}
