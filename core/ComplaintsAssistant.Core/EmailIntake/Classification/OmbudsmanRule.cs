using System.Text.RegularExpressions;

namespace ComplaintsAssistant.Core.EmailIntake.Classification;

/// <summary>The Local Government and Social Care Ombudsman writes from lgo.org.uk; a copy of its letter sent on by
/// someone else counts when it names the Ombudsman and quotes the Ombudsman's case reference ("25 001 234").</summary>
internal static partial class OmbudsmanRule
{
    private const string Domain = "lgo.org.uk";

    public static KindDecision? Decide(EmailFacts facts)
    {
        var domain = facts.AuthorDomain;
        if (domain is not null && (domain == Domain || domain.EndsWith("." + Domain, StringComparison.Ordinal)))
            return new(DraftKind.OmbudsmanEnquiry, $"Ombudsman enquiry: sent from {Domain}, the Local Government and Social Care Ombudsman{Forwarded(facts)}.");
        if (Lexicon.Ombudsman.Count(facts.Words) >= 2 && OmbudsmanReference().Match(facts.Words) is { Success: true } reference)
            return new(DraftKind.OmbudsmanEnquiry, $"Ombudsman enquiry: a letter from the Local Government and Social Care Ombudsman quoting its reference {reference.Groups[1].Value}.");
        return null;
    }

    private static string Forwarded(EmailFacts facts) => facts.Original.Forwarder is { } by ? $", forwarded by {by.Display}" : "";

    [GeneratedRegex(@"(?:our|ombudsman|lgsco|lgo)\s?(?:ref(?:erence)?|case)(?:\s?(?:no\.?|number))?\s?:?\s?(\d{2}\s?\d{3}\s?\d{3})", RegexOptions.CultureInvariant)]
    private static partial Regex OmbudsmanReference();
}
