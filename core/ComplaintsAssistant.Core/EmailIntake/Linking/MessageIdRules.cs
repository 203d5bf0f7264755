using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Core.EmailIntake.Linking;

/// <summary>What every store checks before keeping message ids, so they refuse the same things in the same words.</summary>
public static class MessageIdRules
{
    /// <summary>RFC 5322 caps a header line at 998 characters; an id can't be longer.</summary>
    public const int MaxLength = 998;

    /// <summary>At most this many ids in one call: an email's own id and its conversation (51) fit with room to spare.</summary>
    public const int MaxPerCall = 100;

    public static DomainError? Check(IReadOnlyCollection<string> messageIds) =>
        messageIds.Count > MaxPerCall
            ? DomainError.Invalid("messageIds", "too-many-message-ids", $"Keep at most {MaxPerCall} email ids at a time.")
        : messageIds.Any(string.IsNullOrWhiteSpace)
            ? DomainError.Invalid("messageIds", "blank-message-id", "An email id is blank.")
        : messageIds.Any(id => id.Length > MaxLength)
            ? DomainError.Invalid("messageIds", "message-id-too-long", $"An email id is longer than {MaxLength} characters.")
        : null;

    /// <summary>The refusal when an email already belongs to another case.</summary>
    public static DomainError KeptByAnother(string messageId, string reference) =>
        new(ErrorKind.Conflict, "messageIds", "message-id-kept-by-another-case",
            $"The email {messageId} already belongs to {reference}: an email belongs to one case.");
}
