using System.Text;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.EmailIntake.Linking;
using MimeKit;
using MimeKit.Utils;

namespace ComplaintsAssistant.Core.EmailIntake.Chat;

/// <summary>
/// Drafts a case from a Teams chat message with the email intake's own rules, by reading it as an email from a member of
/// staff: the kind and its reason, a complaint pasted or forwarded into the chat (its author and its Sent: line), the
/// relationship, the team, the summary. What differs from an email: there are no headers, so no message id (the chat
/// message's id keeps one message one case instead) and no subject; the author is always council staff, so the
/// complainant is only known when the text quotes them; and the only date is when the message was posted, which a
/// warning asks the worker to check against when the council really heard.
/// </summary>
public sealed class ChatMessageDrafter(EmailIntakeSettings council, IEmailCaseLookup cases, TimeProvider time)
{
    /// <summary>A reserved domain (RFC 2606) that stands for "posted by staff in the council's Teams".</summary>
    private const string ChatDomain = "teams-chat.invalid";

    private readonly EmailDrafter _drafter = new(council with { OwnDomains = [.. council.OwnDomains, ChatDomain] }, cases, time);

    public async Task<Result<EmailDraft>> DraftAsync(ChatMessage message, CancellationToken cancellationToken = default)
    {
        using var email = new MemoryStream(AsEmail(message));
        var drafted = await _drafter.DraftAsync(email, cancellationToken);
        if (drafted.Error is not null) return drafted;
        var draft = drafted.Value;
        var warnings = draft.Warnings.Where(w => w.Code != "complainant-unknown").ToList();
        if (draft.ReceivedFrom == ReceivedFrom.MessageDate)
            warnings.Add(new("posted-date", "This is the day the message was posted in Teams: if it passes on something the council heard earlier (a call, a letter, a visit), enter that day."));
        if (draft.Complainant.Name is null && draft.Kind is not DraftKind.NotACase and not DraftKind.OmbudsmanEnquiry)
            warnings.Add(new("complainant-unknown", "The message doesn't quote who made it: add the complainant."));
        return draft with { Warnings = warnings };
    }

    private static byte[] AsEmail(ChatMessage message)
    {
        var author = new MailboxAddress(message.AuthorName ?? "", "staff@" + ChatDomain);
        var text = new StringBuilder()
            .Append("From: ").Append(author.ToString(FormatOptions.Default, encode: true)).Append("\r\n")
            .Append("Date: ").Append(DateUtils.FormatDate(message.PostedAt)).Append("\r\n")
            .Append("MIME-Version: 1.0\r\n")
            .Append("Content-Type: text/plain; charset=utf-8\r\n")
            .Append("Content-Transfer-Encoding: 8bit\r\n\r\n")
            .Append(message.Text.ReplaceLineEndings("\r\n"));
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
