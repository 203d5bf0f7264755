using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Bot.Hosting;

/// <summary>Section <c>Council</c>: the council's own lists and timescales.</summary>
public sealed class CouncilOptions
{
    public const string Section = "Council";

    /// <summary>Empty means the defaults seen in published reports.</summary>
    public List<string> Teams { get; set; } = [];
    public List<string> ConcernCategories { get; set; } = [];
    public List<string> ComplimentCategories { get; set; } = [];

    /// <summary>Dated overrides of the statutory defaults, e.g. member enquiries 7 working days from 2017-09-01.</summary>
    public List<TimescaleSetting> Timescales { get; set; } = [];

    /// <summary>A GOV.UK bank-holidays.json file whose days are added to the built-in calendar (new one-off days).</summary>
    public string? BankHolidaysFile { get; set; }

    /// <summary>Teams renamed or merged in restructures, former name → today's name: figures show former names' cases
    /// under today's, so years compare (a case keeps the team it had).</summary>
    public Dictionary<string, string> TeamMapping { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>One dated timescale rule as written in configuration (flat, so it reads well in JSON and environment variables).
/// Its length is one of <see cref="WorkingDays"/>, <see cref="CalendarDays"/> ("within 28 days") or <see cref="CalendarMonths"/>
/// ("within one month"); core accepts calendar units only for an escalation window.</summary>
public sealed class TimescaleSetting
{
    public CaseKind Kind { get; set; }
    public TimescaleKey Key { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public int? WorkingDays { get; set; }
    public int? CalendarDays { get; set; }
    public int? CalendarMonths { get; set; }
    public int? MaxWorkingDays { get; set; }
    public ClockBasis Basis { get; set; } = ClockBasis.Receipt;

    /// <summary>True when exactly one length is set.</summary>
    public bool HasOneLength => new[] { WorkingDays, CalendarDays, CalendarMonths }.Count(l => l is not null) == 1;

    public TimescaleRule ToRule() => new(Kind, Key, EffectiveFrom, Length(), Basis);

    private Timescale Length() => (CalendarDays, CalendarMonths) switch
    {
        ({ } days, _) => new Timescale(days, MaxWorkingDays, TimescaleUnit.CalendarDays),
        (_, { } months) => new Timescale(months, MaxWorkingDays, TimescaleUnit.CalendarMonths),
        _ => new Timescale(WorkingDays ?? 0, MaxWorkingDays),
    };
}
