using System.Globalization;

namespace ComplaintsAssistant.Core.Figures;

/// <summary>The days a figure counts, both ends included: a financial year (1 April to 31 March, as councils report),
/// a quarter of one, a calendar month, or any span. Quarters are the financial year's: Q1 is April–June.</summary>
public sealed record ReportingPeriod(PeriodKind Kind, DateOnly From, DateOnly To)
{
    /// <summary>The financial year that starts on 1 April of <paramref name="startYear"/> ("2024/25" starts in 2024).</summary>
    public static ReportingPeriod FinancialYear(int startYear) =>
        new(PeriodKind.FinancialYear, new DateOnly(startYear, 4, 1), new DateOnly(startYear + 1, 3, 31));

    public static ReportingPeriod FinancialYearContaining(DateOnly day) => FinancialYear(FinancialYearStart(day));

    /// <summary>Quarter 1–4 of the financial year starting in <paramref name="startYear"/>.</summary>
    public static ReportingPeriod Quarter(int startYear, int quarter)
    {
        if (quarter is < 1 or > 4) throw new ArgumentOutOfRangeException(nameof(quarter), "A financial year has quarters 1 to 4.");
        var from = new DateOnly(startYear, 4, 1).AddMonths(3 * (quarter - 1));
        return new(PeriodKind.Quarter, from, from.AddMonths(3).AddDays(-1));
    }

    public static ReportingPeriod QuarterContaining(DateOnly day)
    {
        var start = FinancialYearStart(day);
        var monthsIn = (day.Year - start) * 12 + day.Month - 4;
        return Quarter(start, monthsIn / 3 + 1);
    }

    public static ReportingPeriod Month(int year, int month)
    {
        var from = new DateOnly(year, month, 1);
        return new(PeriodKind.Month, from, from.AddMonths(1).AddDays(-1));
    }

    /// <summary>Any span of days, e.g. "since April" (1 April to today).</summary>
    public static ReportingPeriod Custom(DateOnly from, DateOnly to) =>
        to < from ? throw new ArgumentException("A period can't end before it starts.", nameof(to)) : new(PeriodKind.Custom, from, to);

    /// <summary>The same period a year earlier, for the comparison every published table carries.</summary>
    public ReportingPeriod YearEarlier() => Kind switch
    {
        PeriodKind.Month => Month(From.Year - 1, From.Month),
        _ => this with { From = From.AddYears(-1), To = To.AddYears(-1) },
    };

    /// <summary>The period of the same kind straight after this one (a custom span moves by its own length).</summary>
    public ReportingPeriod Next() => Kind switch
    {
        PeriodKind.FinancialYear => FinancialYear(From.Year + 1),
        PeriodKind.Quarter => QuarterContaining(To.AddDays(1)),
        PeriodKind.Month => Month(To.AddDays(1).Year, To.AddDays(1).Month),
        _ => Custom(To.AddDays(1), To.AddDays(To.DayNumber - From.DayNumber + 1)),
    };

    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>In the report's words: "2025/26", "Q1 2025/26 (April to June 2025)", "May 2026", "1 April to 10 May 2026".</summary>
    public string Label => Kind switch
    {
        PeriodKind.FinancialYear => YearLabel(From.Year),
        PeriodKind.Quarter => $"Q{(From.Month + 8) % 12 / 3 + 1} {YearLabel(FinancialYearStart(From))} ({Words(From, "MMMM")} to {Words(To, "MMMM yyyy")})",
        PeriodKind.Month => Words(From, "MMMM yyyy"),
        _ => From.Year == To.Year ? $"{Words(From, "d MMMM")} to {Words(To, "d MMMM yyyy")}" : $"{Words(From, "d MMMM yyyy")} to {Words(To, "d MMMM yyyy")}",
    };

    public static int FinancialYearStart(DateOnly day) => day.Month >= 4 ? day.Year : day.Year - 1;

    /// <summary>"2024/25".</summary>
    public static string YearLabel(int startYear) =>
        $"{startYear.ToString(CultureInfo.InvariantCulture)}/{((startYear + 1) % 100).ToString("00", CultureInfo.InvariantCulture)}";

    private static string Words(DateOnly day, string format) => day.ToString(format, CultureInfo.GetCultureInfo("en-GB"));
}

public enum PeriodKind { FinancialYear, Quarter, Month, Custom }
