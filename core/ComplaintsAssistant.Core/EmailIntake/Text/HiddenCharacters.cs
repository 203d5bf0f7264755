using System.Text;

namespace ComplaintsAssistant.Core.EmailIntake.Text;

/// <summary>Characters that show nothing but split words ("pass\u200Bword") or reorder what is shown (bidi overrides):
/// phishing uses them to slip past filters and to disguise links. Removed before anything reads the text.</summary>
public static class HiddenCharacters
{
    public static string Strip(string text) => Strip(text, out _);

    public static string Strip(string text, out int removed)
    {
        removed = 0;
        foreach (var c in text)
        {
            if (IsHidden(c)) removed++;
        }
        if (removed == 0) return text;

        var kept = new StringBuilder(text.Length - removed);
        foreach (var c in text)
        {
            if (!IsHidden(c)) kept.Append(c);
        }
        return kept.ToString();
    }

    private static bool IsHidden(char c) => c switch
    {
        '\u00AD' or '\u034F' or '\u061C' or '\u115F' or '\u1160' or '\u17B4' or '\u17B5' or '\u180E' => true,
        >= '\u200B' and <= '\u200F' => true, // zero-width space, joiners, LRM/RLM
        >= '\u202A' and <= '\u202E' => true, // bidi embeddings and overrides
        >= '\u2060' and <= '\u2064' => true, // word joiner, invisible operators
        >= '\u2066' and <= '\u2069' => true, // bidi isolates
        '\u3164' or '\uFEFF' or '\uFFA0' => true,
        _ => false,
    };
}
