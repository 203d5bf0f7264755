using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Core.EmailIntake;

/// <summary>Why an email could not be drafted at all. Each is an <see cref="ErrorKind.Invalid"/> error on the field
/// <c>message</c>; edges answer 413 for <c>message-too-large</c> and 422 for the others, and nothing already saved
/// changes.</summary>
public static class IntakeErrors
{
    public static DomainError TooLarge(long limit) =>
        DomainError.Invalid("message", "message-too-large", $"The email is larger than {limit / (1024 * 1024)} MB, the most the intake reads. Save its attachments separately and forward the email without them.");

    public static DomainError NotAnEmail() =>
        DomainError.Invalid("message", "not-an-email", "This is not an email the intake can read: it has no message headers. Send the whole message (.eml), not just its text.");

    public static DomainError TooManyHeaders(int limit) =>
        DomainError.Invalid("message", "too-many-headers", $"The email's headers are far larger than any mail client writes (more than {limit:N0} lines, or a line of tens of kilobytes). It was not read.");

    public static DomainError TooComplex() =>
        DomainError.Invalid("message", "message-too-complex", "The email is built in a way that would take too long to read (a sign of a deliberately malformed message). Log the case by hand from what the email shows.");
}
