using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.EmailIntake.Linking;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.SubjectAccess;
using ComplaintsAssistant.Core.UseCases;
using MimeKit;
using MimeKit.Utils;

namespace ComplaintsAssistant.Core.EmailIntake.Keeping;

/// <summary>
/// Keeps an email with a case: the one it was made from (after <c>POST /api/cases</c> with its message id as intake key), or
/// a later one that belongs to it. The .eml goes to the <see cref="IEmailStore"/>, and its internet message id is recorded
/// against the case (<see cref="ICaseMessageIds"/>) so replies to it find the case; its sender goes into the person index
/// (<see cref="IPersonIndex"/>) so a subject access search finds the case by their address. Only someone who can see the case may
/// keep an email with it; an email that already belongs to another case is refused before anything is kept.
/// </summary>
public sealed class EmailKeeper(CaseService cases, IEmailCaseLookup lookup, ICaseMessageIds messageIds, IEmailStore store, IPersonIndex people)
{
    public async Task<Result<KeptEmailView>> KeepAsync(Actor actor, Guid caseId, ReadOnlyMemory<byte> email, CancellationToken cancellationToken = default)
    {
        if (email.Length > IntakeLimits.Default.MaxMessageBytes) return IntakeErrors.TooLarge(IntakeLimits.Default.MaxMessageBytes);
        // Keeping an email is a change, not a read: nothing of the case is shown, so it is not in the access log.
        var seen = await cases.VersionAsync(actor, caseId, cancellationToken);
        if (seen.Error is { } error) return error;
        var reference = seen.Value.Reference;

        var headers = await HeadersAsync(email, cancellationToken);
        if (headers is null) return IntakeErrors.NotAnEmail();
        var messageId = MessageIdOf(headers);
        if (messageId.Length > 0 && await OtherCaseAsync(messageId, caseId, cancellationToken) is { } other)
            return MessageIdRules.KeptByAnother(messageId, other.Reference);

        var name = EmailName.Of(email.Span);
        await store.PutAsync(caseId, name, email, cancellationToken);
        if (PersonIndex.Sender(SenderOf(headers)) is { } sender) await people.AddSenderAsync(caseId, sender, cancellationToken);
        if (messageId.Length > 0 && await messageIds.KeepAsync(caseId, [messageId], cancellationToken) is { Error: { } refused })
            return refused;
        return new KeptEmailView(reference, name, email.Length, messageId.Length > 0 ? messageId : null);
    }

    private async Task<LinkedCase?> OtherCaseAsync(string messageId, Guid caseId, CancellationToken cancellationToken)
    {
        var owner = await lookup.FindByIntakeKeyAsync(messageId, cancellationToken) ?? await lookup.FindByConversationAsync([messageId], cancellationToken);
        return owner is not null && owner.Id != caseId ? owner : null;
    }

    /// <summary>The email's headers; null when the bytes have no headers at all.</summary>
    private static async Task<HeaderList?> HeadersAsync(ReadOnlyMemory<byte> email, CancellationToken cancellationToken)
    {
        try
        {
            using var stream = new MemoryStream(email.ToArray(), writable: false);
            var headers = await HeaderList.LoadAsync(ParserOptions.Default, stream, cancellationToken);
            return headers.Count == 0 ? null : headers;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The email's Message-ID ("" when it has none).</summary>
    private static string MessageIdOf(HeaderList headers)
    {
        var raw = headers[HeaderId.MessageId];
        var id = raw is null ? null : MimeUtils.EnumerateReferences(raw).FirstOrDefault();
        return id is { Length: > 0 and <= MessageIdRules.MaxLength } ? id : "";
    }

    private static string? SenderOf(HeaderList headers) =>
        headers[HeaderId.From] is { } from && InternetAddressList.TryParse(from, out var addresses)
            ? addresses.Mailboxes.FirstOrDefault()?.Address
            : null;
}

/// <param name="InternetMessageId">Recorded against the case; null when the email carries none.</param>
public sealed record KeptEmailView(string Reference, string Name, long Bytes, string? InternetMessageId);
