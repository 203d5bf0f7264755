using System.Text.RegularExpressions;

namespace ComplaintsAssistant.Core.EmailIntake.Classification;

/// <summary>A list of words and phrases matched whole (not inside other words) in lower-case text; the phrase found
/// is quoted in the reason a rule gives. Phrases may use regex syntax for small variations ("complain(t|ts|ing)?").
/// The phrases are alternatives without nested repetition, so the backtracking engine reads a text in one pass (a 20 MB
/// text part: under half a second); the time-out is a guard all the same. The non-backtracking engine was faster per
/// draft (0.25 against 0.7 ms) but its automata cost a host about 60 MB, built on the first email or typed case and kept.</summary>
public sealed class Phrases(params string[] phrases)
{
    private readonly Regex pattern = new(
        @"\b(?:" + string.Join("|", phrases) + @")\b",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(10));

    /// <summary>The first phrase found, as written in the text, or null.</summary>
    public string? FirstIn(string text) => pattern.Match(text) is { Success: true } m ? m.Value : null;

    public bool In(string text) => pattern.IsMatch(text);

    /// <summary>How many times phrases of the list occur.</summary>
    public int Count(string text) => pattern.Count(text);
}
