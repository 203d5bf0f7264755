using ComplaintsAssistant.Core.EmailIntake.Forwarding;
using ComplaintsAssistant.Core.EmailIntake.Mime;

namespace ComplaintsAssistant.Core.EmailIntake.Classification;

/// <summary>What the rules read: the email as received, the original inside it, and the council's settings.</summary>
/// <param name="Words">The original's subject and text in lower case, compatibility-normalised (so "ｃｏｍｐｌａｉｎｔ" reads as "complaint").</param>
/// <param name="Note">The forwarder's note, lower case (empty when not forwarded).</param>
public sealed record EmailFacts(ReadEmail Email, Original Original, EmailIntakeSettings Council, string Words, string Note)
{
    public static EmailFacts Of(ReadEmail email, Original original, EmailIntakeSettings council) =>
        new(email, original, council, Lower(original.Subject + "\n" + original.Text), Lower(original.ForwarderNote));

    /// <summary>The original's author's domain, lower case.</summary>
    public string? AuthorDomain => Original.Author?.Domain;

    public static string Lower(string text) =>
        text.Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant().Replace('\u2019', '\'').Replace('\u00A0', ' ');
}
