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
    public List<TimescaleRule> Timescales { get; set; } = [];

    /// <summary>A GOV.UK bank-holidays.json file whose days are added to the built-in calendar (new one-off days).</summary>
    public string? BankHolidaysFile { get; set; }
}
