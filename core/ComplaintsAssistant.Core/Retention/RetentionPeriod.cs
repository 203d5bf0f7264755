using System.Globalization;
using System.Text.RegularExpressions;
using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Core.Retention;

/// <summary>How long a record is kept after its trigger, in whole years and months as councils' schedules write it
/// ("closure + 6 years"). Counted in calendar months: 29 February + 1 year is 28 February.</summary>
public readonly record struct RetentionPeriod(int Years, int Months)
{
    private static readonly Regex Words = new(@"^\s*(?:(\d{1,3})\s*years?)?\s*(?:and\s+)?(?:(\d{1,3})\s*months?)?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    public DateOnly After(DateOnly start) => start.AddYears(Years).AddMonths(Months);

    /// <summary>The day this period before <paramref name="end"/>.</summary>
    public DateOnly Before(DateOnly end) => end.AddYears(-Years).AddMonths(-Months);

    /// <summary>"6 years", "18 months", "1 year and 6 months".</summary>
    public string InWords => (Years, Months) switch
    {
        (0, var m) => Plural(m, "month"),
        (var y, 0) => Plural(y, "year"),
        var (y, m) => $"{Plural(y, "year")} and {Plural(m, "month")}",
    };

    /// <summary>Reads a period as a council writes it in its configuration: "6 years", "18 months", "1 year 6 months".</summary>
    public static Result<RetentionPeriod> Parse(string field, string? text)
    {
        var match = Words.Match(text ?? "");
        if (!match.Success || (!match.Groups[1].Success && !match.Groups[2].Success))
            return DomainError.Invalid(field, "retention-period",
                $"{field} must be a period in years and months, like \"6 years\" or \"18 months\", not \"{text}\".");
        var years = match.Groups[1].Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var months = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        if (years == 0 && months == 0)
            return DomainError.Invalid(field, "retention-period",
                $"{field} can't be nothing: records would be destroyed the day their retention starts.");
        return new RetentionPeriod(years + months / 12, months % 12);
    }

    private static string Plural(int n, string unit) => n == 1 ? $"1 {unit}" : $"{n} {unit}s";
}
