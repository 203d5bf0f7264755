using ComplaintsAssistant.Core.EmailIntake.Dates;
using ComplaintsAssistant.Core.EmailIntake.Text;

namespace ComplaintsAssistant.Core.EmailIntake.Mime;

/// <summary>One message reduced to what the intake reads: a few headers, the body as plain text, and the messages
/// attached to it whole (forwarded as attachment), read the same way.</summary>
/// <param name="Date">The Date: header, read by our own date reader (the sender's clock).</param>
/// <param name="ReceivedAt">The newest Received: stamp, added by the receiving server (the council's, for mail
/// that came straight to it): better evidence of receipt than the sender's clock.</param>
/// <param name="Conversation">In-Reply-To and References message ids, newest first.</param>
public sealed record ReadEmail(
    string? MessageId,
    string Subject,
    MailAddress? From,
    MailAddress? ReplyTo,
    DateReading? Date,
    DateReading? ReceivedAt,
    string Text,
    IReadOnlyList<Link> Links,
    IReadOnlyList<ReadEmail> Attached,
    IReadOnlyList<string> Conversation,
    MailSignals Signals,
    IReadOnlyList<string> AttachmentNames);
