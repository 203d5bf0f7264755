using System.Globalization;
using System.Text.RegularExpressions;
using ComplaintsAssistant.Core.EmailIntake.Text;

namespace ComplaintsAssistant.Core.EmailIntake.Dates;

/// <summary>
/// Reads the date of a forwarded or quoted header line as mail clients write it: Outlook
/// ("03 April 2026 17:45", "Friday, April 3, 2026 5:45 PM", "03/04/2026 17:45"), Gmail ("Fri, 3 Apr 2026 at 17:45"),
/// Apple Mail ("3 April 2026 at 17:45:12 BST"), Thunderbird and RFC 5322 ("Fri, 3 Apr 2026 17:45:12 +0100"), ISO, and
/// the same in other languages ("vendredi 3 avril 2026 17:45", "Freitag, 3. April 2026 um 17:45", "pt., 3 kwi 2026 o 17:45").
/// A numeric date is read the UK way (day first) unless only the US way is possible or the written weekday says so.
/// Our own, because MimeKit's reader takes 03/04/2026 as 4 March and BST as +00:00.
/// </summary>
public static partial class WrittenDateParser
{
    // Header lines are short; anything longer is not a date line and is not worth scanning.
    private const int MaxLength = 300;

    public static WrittenDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var original = text.Length > MaxLength ? text[..MaxLength] : text;
        var s = Normalise(original);

        var (date, order, rest) = NumericDate(s);
        var (time, afterTime) = Time(rest);
        var zone = Zone(afterTime);
        DayOfWeek? weekday;
        if (date is null)
        {
            var words = WordDate(afterTime);
            if (words is null) return null;
            (date, weekday) = words.Value;
            order = DayMonthOrder.Unambiguous;
        }
        else
        {
            weekday = FirstWeekday(afterTime);
            if (order == DayMonthOrder.AssumedDayFirst && weekday is { } day && date.Value.DayOfWeek != day
                && Swapped(date.Value) is { } us && us.DayOfWeek == day)
            {
                (date, order) = (us, DayMonthOrder.MonthFirst);
            }
        }
        return new WrittenDate(date.Value, time, zone, weekday, order, original.Trim());
    }

    private static string Normalise(string text) =>
        HiddenCharacters.Strip(text).Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant()
            .Replace('\u2212', '-').Replace('\u2013', '-');

    private static (DateOnly?, DayMonthOrder, string Remaining) NumericDate(string s)
    {
        if (IsoDate().Match(s) is { Success: true } iso
            && Date(Int(iso.Groups["y"]), Int(iso.Groups["m"]), Int(iso.Groups["d"])) is { } isoDate)
        {
            return (isoDate, DayMonthOrder.Unambiguous, Remove(s, iso));
        }
        if (NumericDmy().Match(s) is not { Success: true } m) return (null, DayMonthOrder.Unambiguous, s);

        int a = Int(m.Groups["a"]), b = Int(m.Groups["b"]), year = Int(m.Groups["y"]);
        if (m.Groups["y"].Length == 2) year += 2000;
        var rest = Remove(s, m);
        if (a > 12 || a == b) return (Date(year, b, a), DayMonthOrder.Unambiguous, rest);
        if (b > 12) return (Date(year, a, b), DayMonthOrder.MonthFirst, rest);
        return (Date(year, b, a), DayMonthOrder.AssumedDayFirst, rest);
    }

    private static (TimeOnly?, string Remaining) Time(string s)
    {
        if (TimeOfDay().Match(s) is not { Success: true } m) return (null, s);
        int hour = Int(m.Groups["h"]), minute = Int(m.Groups["m"]);
        int second = m.Groups["s"].Success ? Int(m.Groups["s"]) : 0;
        var meridiem = m.Groups["ap"].Value.Replace(".", "").Replace(" ", "");
        if (meridiem.Length > 0)
        {
            if (hour is < 1 or > 12) return (null, s);
            hour = (hour % 12) + (meridiem == "pm" ? 12 : 0);
        }
        return hour > 23 ? (null, s) : (new TimeOnly(hour, minute, second), Remove(s, m));
    }

    private static WrittenZone? Zone(string s)
    {
        // Windows zone names ("(UTC+00:00) Dublin, Edinburgh, Lisbon, London") give the standard offset, not the
        // one in force: a time labelled London is London's local time.
        if (s.Contains("london", StringComparison.Ordinal)) return null;
        if (NumericOffset().Match(s) is { Success: true } m)
        {
            var hours = Int(m.Groups["h"]);
            var minutes = m.Groups["m"].Success ? Int(m.Groups["m"]) : 0;
            if (hours <= 14 && minutes < 60)
            {
                var offset = new TimeSpan(hours, minutes, 0);
                return new WrittenZone(m.Groups["sign"].Value == "-" ? -offset : offset, m.Value.Trim().ToUpperInvariant());
            }
        }
        foreach (Match word in ZoneWord().Matches(s))
        {
            if (WrittenZone.Named(word.Value) is { } named) return named;
        }
        return null;
    }

    private static (DateOnly, DayOfWeek?)? WordDate(string s)
    {
        // "3 de abril de 2026", "the 3rd of April": the small words between day, month and year carry nothing.
        var tokens = Token().Matches(s).Select(t => t.Value).Where(t => t is not ("de" or "of" or "the" or "del")).ToArray();
        int monthAt = -1;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (CalendarWords.Month(tokens[i]) is null) continue;
            // Prefer a month word beside a number ("Dydd Mawrth, 3 Mawrth": the second "Mawrth" is March).
            bool besideNumber = (i > 0 && DayNumber(tokens[i - 1]) is not null) || (i + 1 < tokens.Length && DayNumber(tokens[i + 1]) is not null);
            if (monthAt < 0 || besideNumber) monthAt = i;
            if (besideNumber) break;
        }
        if (monthAt < 0) return null;

        int? year = tokens.Select(YearNumber).FirstOrDefault(y => y is not null);
        if (year is null) return null;
        int? day = (monthAt > 0 ? DayNumber(tokens[monthAt - 1]) : null)
            ?? (monthAt + 1 < tokens.Length ? DayNumber(tokens[monthAt + 1]) : null);
        if (day is null || Date(year.Value, CalendarWords.Month(tokens[monthAt])!.Value, day.Value) is not { } date) return null;

        DayOfWeek? weekday = tokens.Take(monthAt).Where(t => !char.IsDigit(t[0])).Select(CalendarWords.Weekday).FirstOrDefault(d => d is not null);
        return (date, weekday);
    }

    private static DayOfWeek? FirstWeekday(string s) =>
        Token().Matches(s).Select(t => t.Value).Where(t => !char.IsDigit(t[0])).Select(CalendarWords.Weekday).FirstOrDefault(d => d is not null);

    private static int? DayNumber(string token)
    {
        var digits = DayDigits().Match(token);
        return digits.Success && int.TryParse(digits.Groups[1].Value, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31 ? day : null;
    }

    private static int? YearNumber(string token) =>
        token.Length == 4 && int.TryParse(token, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2199 ? year : null;

    private static DateOnly? Swapped(DateOnly date) => Date(date.Year, date.Day, date.Month);

    private static DateOnly? Date(int year, int month, int day) =>
        year is >= 1900 and <= 2199 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day) : null;

    private static int Int(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    private static string Remove(string s, Match m) => string.Concat(s.AsSpan(0, m.Index), " ", s.AsSpan(m.Index + m.Length));

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<!\d)(?<a>\d{1,2})(?<sep>[/.\-])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})(?![\d:])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDmy();

    [GeneratedRegex(@"(?<![\d:])(?<h>\d{1,2})(?::|\s?h\s?)(?<m>[0-5]\d)(?::(?<s>[0-5]\d))?(?:[.,]\d{1,7})?(?:\s?(?<ap>a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z]))?", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"(?:\b(?:gmt|utc|ut)\s?)?(?<sign>[+-])(?<h>\d{2}):?(?<m>\d{2})?(?!\d)|\b(?:gmt|utc)(?<sign>[+-])(?<h>\d{1,2})(?::?(?<m>\d{2}))?(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumericOffset();

    [GeneratedRegex(@"\b(?:british summer time|greenwich mean time|coordinated universal time|[a-z]{1,4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex ZoneWord();

    [GeneratedRegex(@"\p{L}+\.?|\d+(?:st|nd|rd|th|er|e|\.)?", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"^(\d{1,2})(?:st|nd|rd|th|er|e|\.)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DayDigits();
}
