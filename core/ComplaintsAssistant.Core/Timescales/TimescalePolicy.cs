using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Core.Timescales;

/// <summary>The council's timescales as dated rules, so a change ("member enquiries 10 → 7 working days
/// from 1 September 2017") applies to clocks that start after it and leaves older cases alone.</summary>
public sealed class TimescalePolicy
{
    private readonly Dictionary<(CaseKind, TimescaleKey), TimescaleRule[]> _rules;

    public TimescalePolicy(IEnumerable<TimescaleRule> rules)
    {
        _rules = rules
            .GroupBy(r => (r.Kind, r.Key))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.EffectiveFrom).ToArray());
    }

    public IEnumerable<TimescaleRule> Rules => _rules.Values.SelectMany(r => r);

    /// <summary>The rule in force for a clock starting on <paramref name="startsOn"/>, or null if the kind has no such clock.</summary>
    public TimescaleRule? RuleFor(CaseKind kind, TimescaleKey key, DateOnly startsOn) =>
        _rules.TryGetValue((kind, key), out var dated) ? dated.FirstOrDefault(r => r.EffectiveFrom <= startsOn) : null;

    /// <summary>A policy with <paramref name="overrides"/> added: a rule for the same kind, key and date replaces the default.</summary>
    public TimescalePolicy With(IEnumerable<TimescaleRule> overrides)
    {
        var byIdentity = Rules.ToDictionary(r => (r.Kind, r.Key, r.EffectiveFrom));
        foreach (var rule in overrides) byIdentity[(rule.Kind, rule.Key, rule.EffectiveFrom)] = rule;
        return new TimescalePolicy(byIdentity.Values);
    }

    /// <summary>Checks a configured rule set, naming the first bad rule.</summary>
    public static DomainError? Validate(IEnumerable<TimescaleRule> rules)
    {
        foreach (var rule in rules)
        {
            var name = $"Timescales:{rule.Kind}:{rule.Key}:{rule.EffectiveFrom:yyyy-MM-dd}";
            if (rule.Timescale.WorkingDays <= 0)
                return DomainError.Invalid(name, "timescale-positive", $"{name} must allow at least one working day.");
            if (rule.Timescale.MaxWorkingDays is { } max && max < rule.Timescale.WorkingDays)
                return DomainError.Invalid(name, "maximum-below-timescale", $"{name}: the maximum ({max}) is below the timescale ({rule.Timescale.WorkingDays}).");
        }
        return null;
    }

    /// <summary>The defaults from the 2006 Regulations, the LGSCO Complaint Handling Code and common practice (domain.md).</summary>
    public static TimescalePolicy Defaults { get; } = new(StatutoryDefaults.Rules);
}
