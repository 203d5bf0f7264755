using System.Text.RegularExpressions;
using ComplaintsAssistant.Bot.Cards;

namespace ComplaintsAssistant.Bot.Conversations;

/// <summary>Typed commands, case-insensitive and tolerant of punctuation and filler words ("log a complaint!", "Case cc-2026-0042?").
/// Each maps to the verb its button carries.</summary>
public static partial class CommandText
{
    /// <param name="Reference">A case reference named in the text, for "case CC-2026-0042".</param>
    public sealed record Command(string Verb, string? Reference = null);

    private static readonly (string Phrase, string Verb)[] Phrases =
    [
        ("help", Verbs.Help), ("hi", Verbs.Help), ("hello", Verbs.Help), ("start", Verbs.Help), ("menu", Verbs.Help),
        ("complaint", Verbs.ComplaintForm), ("statutory complaint", Verbs.ComplaintForm), ("corporate complaint", Verbs.ComplaintForm),
        ("member enquiry", Verbs.MemberEnquiryForm), ("mp enquiry", Verbs.MemberEnquiryForm), ("councillor enquiry", Verbs.MemberEnquiryForm),
        ("member inquiry", Verbs.MemberEnquiryForm), ("enquiry", Verbs.MemberEnquiryForm),
        ("informal representation", Verbs.InformalForm), ("informal", Verbs.InformalForm), ("representation", Verbs.InformalForm),
        ("compliment", Verbs.ComplimentForm),
        // "case" with no reference: show the cases to pick from.
        ("my cases", Verbs.MyCases), ("cases", Verbs.MyCases), ("my open cases", Verbs.MyCases), ("case", Verbs.MyCases),
        ("learning", Verbs.Learning), ("learning actions", Verbs.Learning), ("my learning", Verbs.Learning),
        ("figures", Verbs.Figures), ("figure", Verbs.Figures), ("stats", Verbs.Figures), ("statistics", Verbs.Figures), ("numbers", Verbs.Figures),
        ("my figures", Verbs.Figures), ("our figures", Verbs.Figures), ("team figures", Verbs.Figures),
    ];

    /// <summary>The command the text asks for, or null when it is not one.</summary>
    public static Command? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (ReferencePattern().Match(text) is { Success: true } reference && IsCaseRequest(text, reference.Value))
            return new Command(Verbs.ViewCase, reference.Value.ToUpperInvariant());

        var words = Normalise(text);
        var phrase = Filler().Replace(words, "").Trim();
        return Phrases.FirstOrDefault(p => p.Phrase == phrase) is { Verb: { } verb } ? new Command(verb) : null;
    }

    /// <summary>The first case reference in the text, upper-cased ("cc-2026-0042" → "CC-2026-0042"), or null.</summary>
    public static string? ReferenceIn(string text) =>
        ReferencePattern().Match(text) is { Success: true } reference ? reference.Value.ToUpperInvariant() : null;

    /// <summary>"case CC-2026-0042", "open CC-2026-0042", "show me case cc-2026-0042" or just the reference.</summary>
    private static bool IsCaseRequest(string text, string reference)
    {
        var rest = Normalise(text.Replace(reference, " ", StringComparison.OrdinalIgnoreCase));
        return rest is "" or "case" or "open" or "open case" or "show" or "show case" or "show me" or "show me case" or "view" or "view case" or "find" or "find case";
    }

    private static string Normalise(string text) => Spaces().Replace(Punctuation().Replace(text.ToLowerInvariant(), " "), " ").Trim();

    [GeneratedRegex(@"\b[A-Za-z]{2}-\d{4}-\d{1,6}\b")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"[^\p{L}\p{N}\s]")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>Words people put in front: "please", "log", "new", "show me", "a", "the".</summary>
    [GeneratedRegex(@"^(please\s+)?((log|new|record|add|raise|show me|show|list|view|open|get)\s+)?((a|an|the)\s+)?")]
    private static partial Regex Filler();
}
