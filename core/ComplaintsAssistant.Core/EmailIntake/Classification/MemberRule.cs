using System.Text.RegularExpressions;
using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.EmailIntake.Classification;

/// <summary>Member enquiries: MPs and their caseworkers write from parliament.uk; MEPs wrote from europarl.europa.eu;
/// councillors are recognised from the council's member list, by address or by the name they sign with.</summary>
internal static partial class MemberRule
{
    public static KindDecision? Decide(EmailFacts facts)
    {
        var author = facts.Original.Author;
        var domain = facts.AuthorDomain ?? "";
        var signature = Signature(facts.Original.Text);
        var by = Office(facts) ? "by the member's office" : "by the member";

        if (domain == "parliament.uk" || domain.EndsWith(".parliament.uk", StringComparison.Ordinal))
        {
            var name = NameBefore(facts.Original.Text + "\n" + author?.Name, MpSuffix()) ?? (Office(facts) ? null : author?.Display);
            return new(DraftKind.MemberEnquiry, $"MP enquiry: sent from parliament.uk {by}{Named(name)}{Forwarded(facts)}.", MemberType.MP, name);
        }
        if (domain == "europarl.europa.eu" || domain.EndsWith(".europarl.europa.eu", StringComparison.Ordinal))
        {
            var name = NameBefore(facts.Original.Text + "\n" + author?.Name, MepSuffix()) ?? author?.Display;
            return new(DraftKind.MemberEnquiry, $"MEP enquiry: sent from europarl.europa.eu {by}{Named(name)}.", MemberType.MEP, name);
        }
        if (facts.Council.CouncillorWithEmail(author?.Address) is { } known)
            return new(DraftKind.MemberEnquiry, $"Councillor enquiry: sent by Cllr {known.Name}, from an address on the council's member list.", MemberType.Councillor, known.Name);
        if (SignedCouncillor(facts, signature) is { } signed)
            return new(DraftKind.MemberEnquiry, $"Councillor enquiry: signed by Cllr {signed.Name}, who is on the council's member list.", MemberType.Councillor, signed.Name);
        // Signed "MP for …" from another address (a personal account, or pasted into another's email).
        if (MpSignature().Match(signature) is { Success: true } mp)
            return new(DraftKind.MemberEnquiry, $"MP enquiry: signed \"{mp.Value.Trim()}\" (not from a parliament.uk address: check).", MemberType.MP, NameBefore(signature, MpSuffix()));
        return null;
    }

    /// <summary>The member a councillor signs as ("Cllr Jane Smith", "Councillor Smith"), when that name is on the list.</summary>
    private static Councillor? SignedCouncillor(EmailFacts facts, string signature)
    {
        var candidates = CouncillorTitle().Matches((facts.Original.Author?.Name ?? "") + "\n" + signature).Select(m => m.Groups[1].Value.Trim());
        foreach (var written in candidates)
        {
            var match = facts.Council.Councillors.FirstOrDefault(c => SameName(c.Name, written));
            if (match is not null) return match;
        }
        return null;
    }

    // "Jane Smith" matches "Jane Smith", "J Smith" and "Smith" (councillors sign as "Cllr Smith").
    private static bool SameName(string listed, string written)
    {
        var l = listed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var w = written.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (l.Length == 0 || w.Length == 0 || !l[^1].Equals(w[^1], StringComparison.OrdinalIgnoreCase)) return false;
        return w.Length == 1 || l[0].StartsWith(w[0].TrimEnd('.'), StringComparison.OrdinalIgnoreCase);
    }

    private static bool Office(EmailFacts facts) =>
        Lexicon.Caseworker.In(EmailFacts.Lower(Signature(facts.Original.Text) + "\n" + facts.Original.Author?.Name));

    private static string? NameBefore(string text, Regex suffix)
    {
        var m = suffix.Match(text);
        return m.Success ? m.Groups[1].Value.Trim() : null;
    }

    // The last lines of a message, where people sign.
    private static string Signature(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join('\n', lines.Skip(Math.Max(0, lines.Length - 12)));
    }

    private static string Named(string? name) => name is null ? "" : $" ({name})";

    private static string Forwarded(EmailFacts facts) => facts.Original.Forwarder is { } by ? $", forwarded by {by.Display}" : "";

    [GeneratedRegex(@"(?:^|[^\p{L}])((?:(?:Rt Hon|Dr|Sir|Dame|Ms|Mrs|Mr|Miss)\s)?\p{Lu}[\p{L}'\-]+(?:\s\p{Lu}[\p{L}'\-]+){1,2})\s(?:MP|M\.P\.)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MpSuffix();

    [GeneratedRegex(@"(?:^|[^\p{L}])(\p{Lu}[\p{L}'\-]+(?:\s\p{Lu}[\p{L}'\-]+){1,2})\s(?:MEP)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MepSuffix();

    [GeneratedRegex(@"\b(?:MP for|Member of Parliament for)\s\p{Lu}[\p{L} \-]+", RegexOptions.CultureInvariant)]
    private static partial Regex MpSignature();

    [GeneratedRegex(@"\b(?:Cllr\.?|Councillor|Councilor|Cynghorydd)\s+((?:\p{Lu}[\p{L}'\-.]*[ ]?){1,3})", RegexOptions.CultureInvariant)]
    private static partial Regex CouncillorTitle();
}
