using System.Globalization;
using System.Text.RegularExpressions;
using ComplaintsAssistant.Core.Figures;

namespace ComplaintsAssistant.Bot.Figures;

/// <summary>Periods in the words people use, against today: "this year" (the financial year, April–March), "last year",
/// "this quarter", "last quarter", "this month", "last month", "since April", "in May", "May 2025", "2024/25", "Q2",
/// "year to date". A month named without a year is the latest one not after today ("in May" asked in March is last May).</summary>
public static partial class PeriodWords
{
    private static readonly string[] Months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The period the words name and which words named it; null when they name none.</summary>
    public static (ReportingPeriod Period, bool[] Used)? Find(string[] words, DateOnly today)
    {
        var used = new bool[words.Length];
        bool At(int i, params string[] any) => i < words.Length && any.Any(a => QuestionWords.Matches(words[i], a));
        void Use(int from, int count) { for (var k = from; k < from + count && k < words.Length; k++) used[k] = true; }

        for (var i = 0; i < words.Length; i++)
        {
            var fy = At(i + 1, "financial") ? 1 : 0;
            if (At(i, "this", "current") && At(i + 1 + fy, "year")) { Use(i, 2 + fy); return (ReportingPeriod.FinancialYearContaining(today), used); }
            if (At(i, "last", "previous") && At(i + 1 + fy, "year")) { Use(i, 2 + fy); return (ReportingPeriod.FinancialYearContaining(today).YearEarlier(), used); }
            if (At(i, "this", "current") && At(i + 1, "quarter")) { Use(i, 2); return (ReportingPeriod.QuarterContaining(today), used); }
            if (At(i, "last", "previous") && At(i + 1, "quarter")) { Use(i, 2); return (ReportingPeriod.QuarterContaining(ReportingPeriod.QuarterContaining(today).From.AddDays(-1)), used); }
            if (At(i, "this", "current") && At(i + 1, "month")) { Use(i, 2); return (ReportingPeriod.Month(today.Year, today.Month), used); }
            if (At(i, "last", "previous") && At(i + 1, "month")) { var m = today.AddMonths(-1); Use(i, 2); return (ReportingPeriod.Month(m.Year, m.Month), used); }
            if (At(i, "ytd") || (At(i, "year") && At(i + 1, "to") && At(i + 2, "date")))
            {
                Use(i, At(i, "ytd") ? 1 : 3);
                return (ReportingPeriod.Custom(ReportingPeriod.FinancialYearContaining(today).From, today), used);
            }
            if (FinancialYear().Match(words[i]) is { Success: true } year && YearStart(year) is { } start)
            {
                Use(i, 1);
                if (i > 0 && At(i - 1, "in", "for", "during")) used[i - 1] = true;
                return (ReportingPeriod.FinancialYear(start), used);
            }
            if (QuarterNumber(words, i) is { } quarter)
            {
                Use(i, quarter.Words);
                var fyStart = ReportingPeriod.FinancialYearStart(today);
                return (ReportingPeriod.Quarter(fyStart, quarter.Number), used);
            }
            if (MonthAt(words[i]) is { } month)
            {
                var since = i > 0 && At(i - 1, "since", "from");
                var yearGiven = i + 1 < words.Length && Year().IsMatch(words[i + 1]) ? int.Parse(words[i + 1], CultureInfo.InvariantCulture) : (int?)null;
                var y = yearGiven ?? (month <= today.Month ? today.Year : today.Year - 1);
                Use(i, yearGiven is null ? 1 : 2);
                if (i > 0 && At(i - 1, "since", "from", "in", "during", "for")) used[i - 1] = true;
                var first = new DateOnly(y, month, 1);
                if (since && first <= today) return (ReportingPeriod.Custom(first, today), used);
                return (ReportingPeriod.Month(y, month), used);
            }
        }
        return null;
    }

    private static int? MonthAt(string word)
    {
        for (var m = 0; m < Months.Length; m++)
        {
            var name = Months[m];
            // "may" only exactly; "sept" and three-letter abbreviations; otherwise a slip of the keyboard.
            if (word == name || (word.Length >= 3 && name.Length > 3 && (name.StartsWith(word, StringComparison.Ordinal) && word.Length <= 4))
                || (name.Length >= 5 && QuestionWords.Matches(word, name)))
                return m + 1;
        }
        return null;
    }

    private static (int Number, int Words)? QuarterNumber(string[] words, int i)
    {
        if (words[i] == "q" && i + 1 < words.Length && words[i + 1] is "1" or "2" or "3" or "4") return (words[i + 1][0] - '0', 2);
        if (QuestionWords.Matches(words[i], "quarter") && i + 1 < words.Length && words[i + 1] is "1" or "2" or "3" or "4") return (words[i + 1][0] - '0', 2);
        return null;
    }

    /// <summary>2024/25, 2024/2025, 24/25 (the second year must follow the first).</summary>
    private static int? YearStart(Match year)
    {
        var first = int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture);
        var second = int.Parse(year.Groups[2].Value, CultureInfo.InvariantCulture);
        if (first < 100) first += 2000;
        return (second % 100) == (first + 1) % 100 ? first : null;
    }

    [GeneratedRegex(@"^(\d{4}|\d{2})/(\d{2}|\d{4})$")]
    private static partial Regex FinancialYear();

    [GeneratedRegex(@"^(19|20)\d{2}$")]
    private static partial Regex Year();
}
