using System.Text;
using System.Text.RegularExpressions;

namespace ComplaintsAssistant.Core.EmailIntake.Text;

/// <summary>A few lines a worker can read at a glance: the subject and the first sentences of the author's own words,
/// without greetings, sign-offs, signatures or disclaimers.</summary>
public static partial class Summary
{
    public const int MaxLength = 400;

    public static string Of(string subject, string text)
    {
        var kept = new StringBuilder();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (SignOff().IsMatch(line)) break;
            if (line.Length == 0 || Greeting().IsMatch(line) || line.StartsWith('>')) continue;
            kept.Append(line).Append(' ');
            if (kept.Length > MaxLength * 2) break;
        }
        var subjectPart = Prefix().Replace(subject, "").Trim();
        var body = Whitespace().Replace(kept.ToString(), " ").Trim();
        var summary = subjectPart.Length == 0 ? body : body.Length == 0 ? subjectPart : $"{subjectPart}: {body}";
        return summary.Length <= MaxLength ? summary : Cut(summary);
    }

    private static string Cut(string text)
    {
        var end = text.LastIndexOfAny(['.', '!', '?'], MaxLength - 1);
        return end > MaxLength / 2 ? text[..(end + 1)] : text[..(MaxLength - 1)].TrimEnd() + "…";
    }

    [GeneratedRegex(@"^(dear|hi|hello|hiya|good (morning|afternoon|evening)|to whom it may concern|bonjour|dzień dobry|szanowni|annwyl|sehr geehrte|hola|bună)\b[^.!?]{0,60}[,:!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^(kind regards|regards|best regards|best wishes|many thanks|thanks|thank you|yours (sincerely|faithfully)|sent from my|cheers|z poważaniem|cordialement|mit freundlichen|cofion|saludos|cu stimă)\b[,.!]?\s*$|^(--|__)\s*$|^(this (e-?mail|message) (and any|is confidential|may contain))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignOff();

    [GeneratedRegex(@"^\s*((re|fw|fwd|aw|wg|tr|odp|pd)\s?:\s?)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
