using System.Text.RegularExpressions;
using ComplaintsAssistant.Core.EmailIntake;

namespace ComplaintsAssistant.Bot.Conversations;

/// <summary>Typed text that tells the bot about a case instead of asking for something: "Log a complaint: the parent says…",
/// "MP enquiry on behalf of a constituent…", or a sentence about what happened. It opens the log form filled in by the
/// intake, as "Create case from this message" does, so what was typed is kept rather than answered with "didn't catch that".</summary>
public static partial class TypedCase
{
    /// <summary>Fewer words than this is a command or a question, not an account of a case ("log a complaint please").</summary>
    private const int StatementWords = 8;

    private static readonly string[] QuestionStarts = ["how", "what", "what's", "whats", "which", "who", "when", "where", "why", "show", "give", "tell", "list", "can", "could", "is", "are", "do", "does"];

    /// <param name="Kind">What the text said it is.</param>
    /// <param name="Words">What it says about the case: after "Log a complaint:" the words that follow; else the whole text.</param>
    public sealed record Named(DraftKind Kind, string Words);

    /// <summary>The kind the text opens with, when it goes on to say what the case is about; null otherwise.</summary>
    public static Named? Read(string text)
    {
        if (Lead().Match(text) is not { Success: true } lead) return null;
        var kind = lead.Groups["kind"].Value.ToLowerInvariant() switch
        {
            var k when k.StartsWith("corporate", StringComparison.Ordinal) => DraftKind.CorporateComplaint,
            var k when k.Contains("complaint", StringComparison.Ordinal) => DraftKind.StatutoryComplaint,
            var k when k.StartsWith("compliment", StringComparison.Ordinal) => DraftKind.Compliment,
            var k when k.StartsWith("informal", StringComparison.Ordinal) => DraftKind.InformalRepresentation,
            _ => DraftKind.MemberEnquiry,
        };
        // "Compliment: the family thanked…" is a label then the case; "New complaint from a foster carer…" is one sentence.
        var labelled = lead.Groups["separator"].Value.IndexOfAny([':', '-', '–', '—']) >= 0;
        return new Named(kind, labelled ? text[lead.Groups["rest"].Index..].Trim() : text.Trim());
    }

    /// <summary>A statement of some length, not a question: "Young person says their social worker changed three times…".</summary>
    public static bool IsStatement(string text)
    {
        var words = Words().Matches(text);
        return words.Count >= StatementWords && !text.TrimEnd().EndsWith('?')
            && !QuestionStarts.Contains(words[0].Value.ToLowerInvariant());
    }

    /// <summary>"Log a complaint:", "New complaint from", "Compliment -", "MP enquiry on behalf of", then at least three words.</summary>
    [GeneratedRegex(@"^\W*(please\s+)?((log|new|record|add|raise)\s+)?((a|an|the)\s+)?(?<kind>statutory\s+complaint|corporate\s+complaint|complaint|compliment|informal\s+representation|(mp|member|councillor|cllr)\s+(enquiry|inquiry))\b(?<separator>[\s:,.;–—-]+)(?<rest>(\w+\W+){2,}\w+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lead();

    [GeneratedRegex(@"[\p{L}\p{N}']+")]
    private static partial Regex Words();
}
