namespace ComplaintsAssistant.Core.EmailIntake.Mime;

/// <summary>What the headers and structure say about where a message came from, for the not-a-case rules.</summary>
/// <param name="AutoSubmitted">RFC 3834 Auto-Submitted, when not "no".</param>
/// <param name="AutoReplyHeader">An X-Autoreply / X-Autorespond / Precedence: auto_reply marker.</param>
/// <param name="BulkOrList">Precedence bulk/list/junk, List-Id or List-Unsubscribe: a mailing.</param>
/// <param name="DeliveryReport">A multipart/report or message/delivery-status part: a bounce.</param>
/// <param name="AuthenticationFailed">Authentication-Results says SPF, DKIM or DMARC failed.</param>
public sealed record MailSignals(
    string? AutoSubmitted,
    bool AutoReplyHeader,
    bool BulkOrList,
    bool DeliveryReport,
    bool AuthenticationFailed);
