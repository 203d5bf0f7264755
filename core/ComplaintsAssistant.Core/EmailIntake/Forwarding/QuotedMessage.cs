using ComplaintsAssistant.Core.EmailIntake.Mime;

namespace ComplaintsAssistant.Core.EmailIntake.Forwarding;

/// <summary>A message quoted inside another's body (forwarded, or quoted in a reply), as its header lines give it.</summary>
/// <param name="DateLine">The date as written ("Sent: 03 April 2026 17:45" gives "03 April 2026 17:45"), or null.</param>
/// <param name="Body">Its text, down to the next quoted message.</param>
public sealed record QuotedMessage(ForwardLayout Layout, MailAddress? Author, string? DateLine, string? Subject, string Body);
