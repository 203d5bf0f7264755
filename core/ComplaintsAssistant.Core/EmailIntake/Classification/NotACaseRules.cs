using System.Text.RegularExpressions;

namespace ComplaintsAssistant.Core.EmailIntake.Classification;

/// <summary>Mail that is nobody's representation: bounces, auto-replies, mailings, phishing and the council's own admin.
/// Read from the email as received (its headers and sender), before anything inside it.</summary>
internal static partial class NotACaseRules
{
    public static KindDecision? Bounce(EmailFacts facts)
    {
        var email = facts.Email;
        var sender = email.From?.Address ?? "";
        if (email.Signals.DeliveryReport)
            return NotACase("Bounce: a delivery status report from a mail server, not a person.");
        if (BounceSender().IsMatch(sender) && BounceSubject().IsMatch(email.Subject))
            return NotACase($"Bounce: \"{email.Subject}\" from {sender}, the mail system.");
        return null;
    }

    public static KindDecision? AutoReply(EmailFacts facts)
    {
        var email = facts.Email;
        if (email.Signals.AutoSubmitted is { } auto && !facts.Original.Forwarded)
            return NotACase($"Auto-reply: the email says it was sent automatically (Auto-Submitted: {auto}).");
        if (email.Signals.AutoReplyHeader && !facts.Original.Forwarded)
            return NotACase("Auto-reply: the email carries an automatic-reply header.");
        if (AutoReplySubject().Match(email.Subject) is { Success: true } subject)
            return NotACase($"Auto-reply: the subject starts \"{subject.Value.Trim()}\".");
        return null;
    }

    public static KindDecision? Mailing(EmailFacts facts)
    {
        var email = facts.Email;
        if (!email.Signals.BulkOrList || facts.Original.Forwarded) return null;
        return NotACase("Newsletter or mailing list: the email carries list or bulk-mail headers (List-Unsubscribe, Precedence: bulk).");
    }

    /// <summary>Two or more independent signs, so a real complainant who writes "kindly" or "click here" is not dropped.</summary>
    public static KindDecision? Phishing(EmailFacts facts)
    {
        var email = facts.Email;
        var signs = new List<string>();
        var words = EmailFacts.Lower(email.Subject + "\n" + email.Text);
        if (Lexicon.Phishing.FirstIn(words) is { } phrase) signs.Add($"it says \"{phrase}\"");
        if (Lexicon.Phishing.Count(words) >= 3) signs.Add("it presses for action in the ways phishing does");
        if (email.Links.Any(l => l.Target.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)))
            signs.Add("a link runs a script");
        if (email.Links.FirstOrDefault(Disguised) is { } disguised)
            signs.Add($"a link shows \"{disguised.Shown}\" but goes elsewhere");
        if (email.Links.Any(l => IpLink().IsMatch(l.Target))) signs.Add("a link goes to a bare IP address");
        if (email.Signals.AuthenticationFailed) signs.Add("the sender's domain failed authentication (SPF/DKIM/DMARC)");
        if (ClaimsToBeCouncil(facts)) signs.Add($"the sender's name \"{email.From?.Name}\" claims to be the council or its IT, from {email.From?.Domain}");
        if (email.ReplyTo?.Domain is { } replyDomain && email.From?.Domain is { } fromDomain && replyDomain != fromDomain && !facts.Council.IsCouncilAddress(email.ReplyTo.Address))
            signs.Add($"replies would go to another domain ({replyDomain})");
        if (email.AttachmentNames.Any(n => DangerousAttachment().IsMatch(n))) signs.Add("it carries a program or macro attachment");

        return signs.Count >= 2 ? NotACase($"Phishing, probably: {string.Join("; ", signs.Take(3))}. Do not open its links.") : null;
    }

    /// <summary>Mail between council staff that passes on nobody's representation: meeting notes, rotas, reminders.</summary>
    public static KindDecision? InternalAdmin(EmailFacts facts, bool representationWords)
    {
        if (!facts.Original.FromCouncil || representationWords) return null;
        var admin = Lexicon.InternalAdmin.FirstIn(facts.Words);
        return NotACase(admin is null
            ? "Internal admin: written by council staff, and nobody's complaint, compliment or enquiry is in it."
            : $"Internal admin: written by council staff about \"{admin}\", and nobody's complaint, compliment or enquiry is in it.");
    }

    private static bool Disguised(Text.Link link)
    {
        var shown = ShownDomain().Match(link.Shown);
        if (!shown.Success) return false;
        var target = Uri.TryCreate(link.Target.Trim(), UriKind.Absolute, out var uri) ? uri.Host.ToLowerInvariant() : null;
        var shownHost = shown.Groups[1].Value.ToLowerInvariant();
        return target is not null && !target.EndsWith(shownHost.StartsWith("www.", StringComparison.Ordinal) ? shownHost[4..] : shownHost, StringComparison.Ordinal);
    }

    private static bool ClaimsToBeCouncil(EmailFacts facts)
    {
        var from = facts.Email.From;
        if (from?.Name is not { } name || facts.Council.IsCouncilAddress(from.Address)) return false;
        var lower = name.ToLowerInvariant();
        return lower.Contains("it service") || lower.Contains("service desk") || lower.Contains("helpdesk") || lower.Contains("administrator")
            || lower.Contains("microsoft") || lower.Contains("office 365") || lower.Contains("payroll") || lower.Contains("council");
    }

    private static KindDecision NotACase(string reason) => new(DraftKind.NotACase, reason);

    [GeneratedRegex(@"^(mailer-daemon|postmaster|mail-daemon|microsoftexchange[0-9a-f]*|no-?reply)@", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BounceSender();

    [GeneratedRegex(@"undeliverable|undelivered|delivery (status notification|has failed|failure)|returned mail|mail delivery (failed|subsystem)|failure notice|could not be delivered|non remis|unzustellbar|niedostarczalne", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BounceSubject();

    [GeneratedRegex(@"^\s*(automatic reply|auto(matic)?[- ]?reply|autoreply|auto response|out of (the )?office|ooo\b|réponse automatique|automatische antwort|odpowiedź automatyczna|ateb awtomatig|respuesta automática|auto:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AutoReplySubject();

    [GeneratedRegex(@"^\s*(?:https?://)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:/\S*)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShownDomain();

    [GeneratedRegex(@"^\s*https?://\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}", RegexOptions.CultureInvariant)]
    private static partial Regex IpLink();

    [GeneratedRegex(@"\.(exe|scr|js|vbs|bat|cmd|iso|img|docm|xlsm|hta|lnk|html?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DangerousAttachment();
}
