namespace ComplaintsAssistant.Core.Common;

/// <summary>Small helpers for the sentences refusals are written in.</summary>
public static class Sentences
{
    /// <summary>The text with a capital letter, to start a sentence.</summary>
    public static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>"a", "a and b", "a, b and c" (or "or").</summary>
    public static string List(IEnumerable<string> items, string conjunction = "and")
    {
        var all = items.ToArray();
        return all.Length < 2 ? string.Concat(all) : $"{string.Join(", ", all[..^1])} {conjunction} {all[^1]}";
    }
}
