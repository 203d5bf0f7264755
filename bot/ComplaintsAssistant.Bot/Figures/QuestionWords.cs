using System.Text.RegularExpressions;

namespace ComplaintsAssistant.Bot.Figures;

/// <summary>A typed question as words: lower case, punctuation gone except the slash of "2024/25", "stage1" split,
/// "1s" and "one" read as "1". Words match allowing a slip of the keyboard: one letter wrong in a word of four or more,
/// two in a word of eight or more ("complients", "ombudsmen", "overdeu").</summary>
public static partial class QuestionWords
{
    private static readonly Dictionary<string, string> Numbers = new() { ["one"] = "1", ["two"] = "2", ["three"] = "3", ["i"] = "1", ["ii"] = "2", ["iii"] = "3" };

    public static string[] Of(string text)
    {
        var years = DashedYear().Replace(text.ToLowerInvariant(), "$1/$2");
        var spaced = Separate().Replace(Punctuation().Replace(years, " "), "$1 $2");
        return spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => PluralNumber().IsMatch(w) ? w[..^1] : w)
            .Select(w => Numbers.GetValueOrDefault(w, w))
            .ToArray();
    }

    public static bool Matches(string word, string wanted)
    {
        if (word == wanted) return true;
        if (char.IsDigit(wanted[0]) || wanted.Length < 4) return false;
        var allowed = wanted.Length >= 8 ? 2 : 1;
        return Math.Abs(word.Length - wanted.Length) <= allowed && Distance(word, wanted) <= allowed;
    }

    /// <summary>Edits (insert, delete, change, swap two neighbours) from one word to the other.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }

    [GeneratedRegex(@"[^\p{L}\p{N}/]+|(?<!\d)/|/(?!\d)")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\b(\d{2,4})-(\d{2,4})\b")]
    private static partial Regex DashedYear();

    [GeneratedRegex(@"\b(stage|q)(\d)")]
    private static partial Regex Separate();

    [GeneratedRegex(@"^\d+s$")]
    private static partial Regex PluralNumber();
}
