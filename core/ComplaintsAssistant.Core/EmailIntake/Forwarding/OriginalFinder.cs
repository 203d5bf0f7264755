using ComplaintsAssistant.Core.EmailIntake.Dates;
using ComplaintsAssistant.Core.EmailIntake.Mime;

namespace ComplaintsAssistant.Core.EmailIntake.Forwarding;

/// <summary>
/// Walks an email top down — its own note, the messages attached to it whole, the messages quoted in its body — and
/// picks the newest one written from outside the council: that is whom the draft is from, and its date is when the
/// council received it. A forward of a forward, or a thread forwarded whole, thus lands on the complainant's latest
/// message. When every message is the council's own, the oldest is taken (staff passing on a note).
/// </summary>
public static class OriginalFinder
{
    public static Original Find(ReadEmail email, EmailIntakeSettings council, List<IntakeWarning> warnings)
    {
        var messages = Flatten(email, attached: false).ToList();
        var external = messages.FirstOrDefault(m => !IsCouncil(m.Author, council) && m.Author is not null);
        var chosen = external ?? messages[^1];
        // Someone forwarding their own earlier email ("I sent this on 3 April and heard nothing") complained then.
        for (var next = messages.IndexOf(chosen) + 1; next < messages.Count && SameAuthor(messages[next].Author, chosen.Author); next++)
            chosen = messages[next];
        var top = messages[0];
        // Someone outside the council who forwards another's email (an MP's caseworker passing on a constituent's) is
        // the author: the first external message from the top is theirs.
        var forwarder = chosen == top || !IsCouncil(top.Author, council) ? null : top.Author;
        var (received, from, evidence) = When(chosen, warnings);
        return new Original(
            chosen.Author,
            chosen.Text,
            chosen.Subject ?? email.Subject,
            received,
            from,
            evidence,
            forwarder,
            forwarder is null ? "" : top.Text,
            IsCouncil(chosen.Author, council));
    }

    private static bool SameAuthor(MailAddress? a, MailAddress? b) =>
        a?.Address is { } address && string.Equals(address, b?.Address, StringComparison.OrdinalIgnoreCase);

    private static bool IsCouncil(MailAddress? author, EmailIntakeSettings council) =>
        author?.Address is { } address && (council.IsCouncilAddress(address)
            || string.Equals(address, council.ComplaintsMailbox, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<Message> Flatten(ReadEmail email, bool attached)
    {
        var (note, quoted) = ForwardParser.Parse(email.Text);
        yield return new Message(email.From, note, email.Subject, attached ? Source.Attached : Source.Outer, email, null, null);
        foreach (var inner in email.Attached)
            foreach (var message in Flatten(inner, attached: true)) yield return message;
        foreach (var q in quoted)
            yield return new Message(q.Author, q.Body, q.Subject, Source.Quoted, null, q, email.Date ?? email.ReceivedAt);
    }

    private static (DateReading?, ReceivedFrom, string) When(Message message, List<IntakeWarning> warnings)
    {
        if (message.Email is { } own)
        {
            var from = message.Source == Source.Attached ? ReceivedFrom.AttachedOriginal : ReceivedFrom.MessageDate;
            if (own.ReceivedAt is { } stamp && (own.Date is null || Plausible(stamp.Instant, own.Date.Instant)))
                return (stamp, message.Source == Source.Attached ? from : ReceivedFrom.ReceivedHeader,
                    message.Source == Source.Attached ? "the attached original's receipt stamp (Received:)" : "the council's mail server's receipt stamp (Received:)");
            if (own.Date is { } date)
                return (date, from, message.Source == Source.Attached ? "the attached original's Date: header" : "the email's Date: header");
            return (null, ReceivedFrom.IntakeTime, "no date in the email");
        }

        var quoted = message.Quoted!;
        var kind = quoted.Layout == ForwardLayout.ReplyAttribution ? ReceivedFrom.QuotedReply : ReceivedFrom.ForwardedHeader;
        var layout = quoted.Layout switch
        {
            ForwardLayout.Outlook => "Outlook forwarded header",
            ForwardLayout.Gmail => "Gmail forwarded header",
            ForwardLayout.AppleMail => "Apple Mail forwarded header",
            ForwardLayout.Thunderbird => "Thunderbird forwarded header",
            ForwardLayout.ReplyAttribution => "reply attribution line",
            _ => "quoted header",
        };
        if (WrittenDateParser.Parse(quoted.DateLine) is { } written)
            return (DateReading.Of(written, message.ContainerDate?.Instant), kind, $"{layout}: \"{written.Text}\"");

        warnings.Add(new("forwarded-date-unreadable", quoted.DateLine is null
            ? "The forwarded email's header has no date: the forward's own date is used; check when the original arrived."
            : $"The forwarded email's date \"{quoted.DateLine}\" could not be read: the forward's own date is used; check when the original arrived."));
        if (message.ContainerDate is { } fallback)
            return (fallback with { Confidence = DateConfidence.Low }, ReceivedFrom.MessageDate, "the forward's Date: header (the original's could not be read)");
        return (null, ReceivedFrom.IntakeTime, "no date in the email");
    }

    // A receipt stamp more than a day before the sender's own date, or weeks after it, is someone else's clock.
    private static bool Plausible(DateTimeOffset stamp, DateTimeOffset date) =>
        stamp >= date - TimeSpan.FromDays(1) && stamp <= date + TimeSpan.FromDays(14);

    private enum Source { Outer, Attached, Quoted }

    private sealed record Message(
        MailAddress? Author, string Text, string? Subject, Source Source, ReadEmail? Email, QuotedMessage? Quoted,
        DateReading? ContainerDate);
}
