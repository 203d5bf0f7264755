using System.Text.RegularExpressions;

namespace ComplaintsAssistant.Core.EmailIntake.Classification;

/// <summary>A list of words and phrases matched whole (not inside other words) in lower-case text; the phrase found
/// is quoted in the reason a rule gives. Phrases may use regex syntax for small variations ("complain(t|ts|ing)?").
/// Non-backtracking, so no text can make a match slow.</summary>
public sealed class Phrases(params string[] phrases)
{
    private readonly Regex pattern = new(
        @"\b(?:" + string.Join("|", phrases) + @")\b",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>The first phrase found, as written in the text, or null.</summary>
    public string? FirstIn(string text) => pattern.Match(text) is { Success: true } m ? m.Value : null;

    public bool In(string text) => pattern.IsMatch(text);

    /// <summary>How many times phrases of the list occur.</summary>
    public int Count(string text) => pattern.Count(text);
}
