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
    public static DomainError? Validate(IEnumerable<TimescaleRule> rules) =>
        rules.Select(Validate).FirstOrDefault(error => error is not null);

    /// <summary>How refusals name a rule, e.g. <c>Timescales:MemberEnquiry:Stage1Response:2017-09-01</c>.</summary>
    public static string Name(TimescaleRule rule) => $"Timescales:{rule.Kind}:{rule.Key}:{rule.EffectiveFrom:yyyy-MM-dd}";

    private static DomainError? Validate(TimescaleRule rule)
    {
        var name = Name(rule);
        var timescale = rule.Timescale;
        if (!Enum.IsDefined(timescale.Unit))
            return DomainError.Invalid(name, "unknown-unit", $"{name}: the unit must be working days, calendar days or calendar months.");
        if (timescale.Length <= 0)
            return DomainError.Invalid(name, "timescale-positive", $"{name} must allow at least {(timescale with { Length = 1 }).InWords()}.");
        // Clocks count working days: the Regulations and the Code set them so, extensions are agreed in working days and
        // the figures band timeliness in working days. Only the escalation window is local and often in days or months.
        if (timescale.Unit != TimescaleUnit.WorkingDays && rule.Key != TimescaleKey.EscalationWindow)
            return DomainError.Invalid(name, "working-days-only",
                $"{name}: only the escalation window can be set in calendar days or months; every other timescale counts working days.");
        if (timescale.MaxWorkingDays is not null && rule.Key == TimescaleKey.EscalationWindow)
            return DomainError.Invalid(name, "window-not-extendable",
                $"{name}: an escalation window has no maximum; a request after it can be accepted with a reason.");
        if (timescale.MaxWorkingDays is { } max && max < timescale.Length)
            return DomainError.Invalid(name, "maximum-below-timescale", $"{name}: the maximum ({max}) is below the timescale ({timescale.Length}).");
        return null;
    }

    /// <summary>The defaults from the 2006 Regulations, the LGSCO Complaint Handling Code and common practice (domain.md).</summary>
    public static TimescalePolicy Defaults { get; } = new(StatutoryDefaults.Rules);
}
