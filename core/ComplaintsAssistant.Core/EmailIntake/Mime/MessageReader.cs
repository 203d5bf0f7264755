using ComplaintsAssistant.Core.EmailIntake.Dates;
using ComplaintsAssistant.Core.EmailIntake.Text;
using MimeKit;

namespace ComplaintsAssistant.Core.EmailIntake.Mime;

/// <summary>Reads one parsed message into a <see cref="ReadEmail"/> within the limits: parts past the count or
/// depth are skipped, text past the character budget is cut, each with a warning. One reader per message.</summary>
internal sealed class MessageReader(IntakeLimits limits, List<IntakeWarning> warnings, CancellationToken cancellationToken)
{
    private int parts;
    private int attached;
    private int chars;
    private bool warnedParts, warnedText, warnedCharset, warnedHidden, warnedDepth, warnedAttached;

    public ReadEmail Read(MimeMessage message, int attachedDepth = 0)
    {
        var headers = message.Headers;
        if (headers.Count > limits.MaxHeaders)
            warnings.Add(new("many-headers", $"The email has {headers.Count} header lines, far more than any mail client writes; only what the draft needs was read."));

        var body = new Body();
        Walk(message.Body, 0, attachedDepth, body);
        var text = body.Plain.Count > 0 ? string.Join("\n\n", body.Plain) : string.Join("\n\n", body.Html);

        return new ReadEmail(
            Clean(message.MessageId),
            Clean(HiddenCharacters.Strip(message.Subject ?? "")) ?? "",
            Address(message.From.Mailboxes.FirstOrDefault()),
            Address(message.ReplyTo.Mailboxes.FirstOrDefault()),
            HeaderDate(headers[HeaderId.Date]),
            ReceivedStamp(headers),
            text,
            body.Links,
            body.Attached,
            ConversationIds(message),
            Signals(message, body.DeliveryReport),
            body.AttachmentNames);
    }

    private void Walk(MimeEntity? entity, int depth, int attachedDepth, Body body)
    {
        if (entity is null) return;
        cancellationToken.ThrowIfCancellationRequested();
        if (++parts > limits.MaxParts)
        {
            Once(ref warnedParts, "many-parts", $"The email has more than {limits.MaxParts} parts; the rest were not read.");
            return;
        }
        if (depth > limits.MaxMimeDepth)
        {
            Once(ref warnedDepth, "deep-nesting", "Parts of the email are nested unusually deep; the deepest were not read.");
            return;
        }

        switch (entity)
        {
            case Multipart multipart:
                if (multipart.ContentType.IsMimeType("multipart", "report")) body.DeliveryReport = true;
                var children = multipart.ContentType.IsMimeType("multipart", "alternative") ? Preferred(multipart) : multipart;
                foreach (var child in children) Walk(child, depth + 1, attachedDepth, body);
                break;
            case MessagePart { Message: { } inner }:
                if (attachedDepth >= 3 || ++attached > limits.MaxAttachedOriginals)
                {
                    Once(ref warnedAttached, "many-attached", "The email carries more attached emails than are read; the rest were not read.");
                    break;
                }
                body.Attached.Add(Read(inner, attachedDepth + 1));
                break;
            case MessageDeliveryStatus:
                body.DeliveryReport = true;
                break;
            case TextPart text when !text.IsAttachment:
                var content = Decode(text);
                if (text.IsHtml)
                {
                    var (plain, links) = HtmlText.ToText(content, Room());
                    Use(body.Html, plain);
                    body.Links.AddRange(links.Take(200 - body.Links.Count));
                }
                else if (text.IsPlain || text.ContentType.IsMimeType("text", "*"))
                {
                    Use(body.Plain, content);
                }
                break;
            case MimePart part:
                if (body.AttachmentNames.Count < 50) body.AttachmentNames.Add(HiddenCharacters.Strip(part.FileName ?? part.ContentType.MimeType));
                break;
        }
    }

    // multipart/alternative: the plain text if there is one (nothing to reduce), else the richest the sender gave.
    private static IEnumerable<MimeEntity> Preferred(Multipart alternative)
    {
        var plain = alternative.OfType<TextPart>().FirstOrDefault(p => p.IsPlain);
        if (plain is not null) return [plain];
        return alternative.Count == 0 ? [] : [alternative[^1]];
    }

    private string Decode(TextPart part)
    {
        if (part.Content is null) return "";
        // Bytes of UTF-8 are at most 4 per character; keep no more than the characters we may still read need.
        var buffer = new CappedBuffer(Math.Max(0, Room()) * 4 + 4);
        part.Content.DecodeTo(buffer, cancellationToken);
        if (buffer.Truncated)
            Once(ref warnedText, "long-text", $"The email's text is longer than {limits.MaxTextChars:N0} characters; only the beginning was read.");
        var text = Charsets.Decode(buffer.ToArray(), part.ContentType.Charset, out var guessed);
        if (guessed) Once(ref warnedCharset, "unknown-charset", $"Part of the email declares a character set ({part.ContentType.Charset}) that could not be used; its text was read as UTF-8 or Windows-1252.");
        var stripped = HiddenCharacters.Strip(text, out var hidden);
        if (hidden > 3) Once(ref warnedHidden, "hidden-characters", $"The email hides {hidden} invisible characters in its text (a trick to slip past filters); they were removed.");
        return stripped;
    }

    private void Use(List<string> into, string text)
    {
        var room = Room();
        if (room <= 0 || text.Length > room)
            Once(ref warnedText, "long-text", $"The email's text is longer than {limits.MaxTextChars:N0} characters; only the beginning was read.");
        if (room <= 0) return;
        var kept = text.Length > room ? text[..room] : text;
        chars += kept.Length;
        into.Add(kept);
    }

    private int Room() => limits.MaxTextChars - chars;

    private void Once(ref bool warned, string code, string message)
    {
        if (warned) return;
        warned = true;
        warnings.Add(new(code, message));
    }

    private static DateReading? HeaderDate(string? value) =>
        WrittenDateParser.Parse(value) is { } written ? DateReading.Of(written) : null;

    // Received: from … by … ; Fri, 3 Apr 2026 17:45:12 +0100 — the first is the newest hop (the receiving server).
    private static DateReading? ReceivedStamp(HeaderList headers)
    {
        var newest = headers.FirstOrDefault(h => h.Id == HeaderId.Received)?.Value;
        var semicolon = newest?.LastIndexOf(';') ?? -1;
        if (semicolon < 0) return null;
        var written = WrittenDateParser.Parse(newest![(semicolon + 1)..]);
        return written?.Zone is null ? null : DateReading.Of(written);
    }

    private static IReadOnlyList<string> ConversationIds(MimeMessage message)
    {
        var ids = new List<string>();
        if (Clean(message.InReplyTo) is { } replyTo) ids.Add(replyTo);
        ids.AddRange(message.References.Reverse().Select(Clean).OfType<string>().Where(id => !ids.Contains(id)).Take(50));
        return ids;
    }

    private static MailSignals Signals(MimeMessage message, bool deliveryReport)
    {
        var h = message.Headers;
        var auto = h["Auto-Submitted"]?.Trim();
        var precedence = h["Precedence"]?.Trim().ToLowerInvariant();
        var authentication = h["Authentication-Results"]?.ToLowerInvariant() ?? "";
        return new MailSignals(
            auto is null || auto.StartsWith("no", StringComparison.OrdinalIgnoreCase) ? null : auto,
            h.Contains("X-Autoreply") || h.Contains("X-Autorespond") || h.Contains("X-Auto-Reply") || precedence == "auto_reply",
            precedence is "bulk" or "list" or "junk" || h.Contains("List-Id") || h.Contains("List-Unsubscribe"),
            deliveryReport || message.Body?.ContentType.IsMimeType("multipart", "report") == true,
            authentication.Contains("dmarc=fail") || authentication.Contains("spf=fail") || authentication.Contains("dkim=fail"));
    }

    private static MailAddress? Address(MailboxAddress? mailbox) =>
        mailbox is null ? null : new MailAddress(Clean(HiddenCharacters.Strip(mailbox.Name ?? "")), Clean(mailbox.Address));

    private static string? Clean(string? value)
    {
        var trimmed = value?.Trim().Trim('<', '>').Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length > 998 ? trimmed[..998] : trimmed;
    }

    private sealed class Body
    {
        public List<string> Plain { get; } = [];
        public List<string> Html { get; } = [];
        public List<Link> Links { get; } = [];
        public List<ReadEmail> Attached { get; } = [];
        public List<string> AttachmentNames { get; } = [];
        public bool DeliveryReport { get; set; }
    }
}
