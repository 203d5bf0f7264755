using System.Globalization;
using System.Text.RegularExpressions;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Figures;

namespace ComplaintsAssistant.Core.Reports;

/// <summary>The financial year a report covers, as officers write it: "2025-26" or "2025/26" (1 April 2025 to 31 March 2026).</summary>
public static partial class ReportYear
{
    public static Result<ReportingPeriod> Parse(string? text)
    {
        if (text is null || YearPattern().Match(text.Trim()) is not { Success: true } match)
            return DomainError.Invalid("year", "year-format", "Give the financial year as 2025-26 (1 April 2025 to 31 March 2026).");
        var start = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var end = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (end != (start + 1) % 100)
            return DomainError.Invalid("year", "year-format", $"A financial year runs from April to the next March: {start}-{(start + 1) % 100:00}, not {text.Trim()}.");
        if (start is < 2000 or > 2100) return DomainError.Invalid("year", "year-range", "The year must be between 2000-01 and 2100-01.");
        return ReportingPeriod.FinancialYear(start);
    }

    /// <summary>The report's status-as-at day: none (today's status), <c>yearEnd</c> (31 March of <paramref name="year"/>)
    /// or a date written 2026-04-30, not before the year starts.</summary>
    public static Result<DateOnly?> ParseAsAt(string? text, ReportingPeriod year)
    {
        if (string.IsNullOrWhiteSpace(text)) return Result<DateOnly?>.From(null);
        if (string.Equals(text.Trim(), "yearEnd", StringComparison.OrdinalIgnoreCase)) return Result<DateOnly?>.From(year.To);
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return DomainError.Invalid("asAt", "date-format", $"asAt '{text.Trim()}' is not a date: write yearEnd, or a date as year-month-day, e.g. {year.To:yyyy-MM-dd}.");
        if (day < year.From)
            return DomainError.Invalid("asAt", "as-at-before-year", $"The status can't be as at a day before the year starts ({year.From:d MMMM yyyy}).");
        return Result<DateOnly?>.From(day);
    }

    /// <summary>"2025-26", for file names.</summary>
    public static string FileLabel(ReportingPeriod year) => year.Label.Replace('/', '-');

    [GeneratedRegex(@"^(\d{4})[-/](\d{2})$")]
    private static partial Regex YearPattern();
}
