using System.Globalization;
using ComplaintsAssistant.Core.Figures;

namespace ComplaintsAssistant.Bot.FigureLinks;

/// <summary>What a signed link shows: one figure's CSV (or, with <see cref="Report"/>, every figure for the period; with
/// <see cref="AnnualReport"/>, the annual report), for one viewer, whose access limits what it shows, until it expires.</summary>
/// <param name="Team">One team's figures; null for everything the viewer sees.</param>
public sealed record FigureLink(string FigureId, ReportingPeriod Period, string? Team, string ViewerId, DateTimeOffset Expires)
{
    public const string Report = "report";

    /// <summary>The annual report for the financial year of <see cref="Period"/>, for the viewer (<c>/figures/annual-report</c>).</summary>
    public const string AnnualReport = "annual-report";

    /// <summary>The path the link opens: the figures page, the annual report, or one figure's CSV.</summary>
    public string Path => FigureId is Report or AnnualReport ? $"/figures/{FigureId}" : $"/figures/{Uri.EscapeDataString(FigureId)}.csv";

    /// <summary>The fields in a fixed order, as signed: a change to any of them breaks the signature.</summary>
    public string Signed() => string.Join("\n", FigureId, Period.Kind, Day(Period.From), Day(Period.To), Team ?? "", ViewerId,
        Expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
