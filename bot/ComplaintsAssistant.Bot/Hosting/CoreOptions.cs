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
}

/// <summary>One dated timescale rule as written in configuration (flat, so it reads well in JSON and environment variables).</summary>
public sealed class TimescaleSetting
{
    public CaseKind Kind { get; set; }
    public TimescaleKey Key { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public int WorkingDays { get; set; }
    public int? MaxWorkingDays { get; set; }
    public ClockBasis Basis { get; set; } = ClockBasis.Receipt;

    public TimescaleRule ToRule() => new(Kind, Key, EffectiveFrom, new Timescale(WorkingDays, MaxWorkingDays), Basis);
}
