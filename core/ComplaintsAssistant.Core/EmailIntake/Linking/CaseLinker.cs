using System.Text.RegularExpressions;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.EmailIntake.Mime;

namespace ComplaintsAssistant.Core.EmailIntake.Linking;

/// <summary>Looks for the case an email belongs to, strongest evidence first: the same message, our reference in the
/// subject, then the conversation it replies to.</summary>
public static class CaseLinker
{
    private static readonly Regex Reference = new(
        @"\b(" + string.Join("|", Enum.GetValues<CaseKind>().Select(k => k.ReferencePrefix())) + @")-(\d{4})-(\d{4,6})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static async Task<LinkedCase?> FindAsync(ReadEmail email, IEmailCaseLookup cases, CancellationToken cancellationToken)
    {
        if (email.MessageId is { } id && await cases.FindByIntakeKeyAsync(id, cancellationToken) is { } same)
            return same with { Link = CaseLink.SameMessage };
        foreach (var reference in ReferencesIn(email.Subject))
        {
            if (await cases.FindByReferenceAsync(reference, cancellationToken) is { } quoted)
                return quoted with { Link = CaseLink.ReferenceInSubject };
        }
        if (email.Conversation.Count > 0 && await cases.FindByConversationAsync(email.Conversation, cancellationToken) is { } thread)
            return thread with { Link = CaseLink.SameConversation };
        return null;
    }

    /// <summary>Our references in a subject, upper-cased as stored: "Re: Your complaint cc-2026-0012" gives CC-2026-0012.</summary>
    public static IEnumerable<string> ReferencesIn(string subject) =>
        Reference.Matches(subject).Select(m => m.Value.ToUpperInvariant()).Distinct().Take(3);

    /// <summary>The kind a reference was issued for, from its prefix.</summary>
    public static CaseKind? KindOf(string reference) =>
        Enum.GetValues<CaseKind>().Cast<CaseKind?>().FirstOrDefault(k => reference.StartsWith(k!.Value.ReferencePrefix() + "-", StringComparison.Ordinal));
}
