using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.Deadlines;

/// <summary>A council's prompt settings: thresholds (with overrides per kind of case) and working hours.</summary>
public sealed record PromptSettings(
    PromptThresholds Thresholds,
    WorkingHours Hours,
    IReadOnlyDictionary<CaseKind, PromptThresholds>? ByKind = null)
{
    public static PromptSettings Default { get; } = new(PromptThresholds.Default, WorkingHours.Default);

    /// <summary>How far ahead of a due date any kind prompts: how far ahead the scheduler looks.</summary>
    public int MaxWorkingDaysBefore => new[] { Thresholds }.Concat(ByKind?.Values ?? []).SelectMany(t => t.WorkingDaysBefore).DefaultIfEmpty(0).Max();

    public PromptThresholds For(CaseKind kind) => ByKind is not null && ByKind.TryGetValue(kind, out var own) ? own : Thresholds;
}
