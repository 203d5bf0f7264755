using System.Globalization;
using System.Text.RegularExpressions;

namespace ComplaintsAssistant.Core.Figures;

/// <summary>A reporting period as written in a link or a query: <c>2025-26</c> (financial year), <c>2025-26-q1</c>
/// (April to June 2025), <c>2026-05</c> (a month), <c>2026-04-01..2026-05-10</c> (any span).</summary>
public static partial class PeriodText
{
    public const string Help = "Write the period as 2025-26 (a financial year), 2025-26-q1 (a quarter), 2026-05 (a month) or 2026-04-01..2026-05-10.";

    public static ReportingPeriod? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim().ToLowerInvariant();
        if (Year().Match(t) is { Success: true } y && int.Parse(y.Groups[2].Value, CultureInfo.InvariantCulture) == (Start(y) + 1) % 100)
        {
            if (!y.Groups[3].Success) return ReportingPeriod.FinancialYear(Start(y));
            return ReportingPeriod.Quarter(Start(y), int.Parse(y.Groups[3].Value, CultureInfo.InvariantCulture));
        }
        if (MonthText().Match(t) is { Success: true } m && int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) is >= 1 and <= 12 and var month)
            return ReportingPeriod.Month(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), month);
        if (Span().Match(t) is { Success: true } s
            && DateOnly.TryParseExact(s.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            && DateOnly.TryParseExact(s.Groups[2].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            && to >= from)
            return ReportingPeriod.Custom(from, to);
        return null;
    }

    private static int Start(Match year) => int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d{4})-(\d{2})(?:-q([1-4]))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"^(\d{4})-(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthText();

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Span();
}
