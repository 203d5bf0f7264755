namespace ComplaintsAssistant.Core.EmailIntake;

/// <summary>How much of one message the intake will read, so a hostile message costs bounded time and memory.
/// Past a limit the rest is ignored with a warning; only a message over <see cref="MaxMessageBytes"/> is refused.</summary>
/// <param name="MaxMessageBytes">The whole message as received (the API refuses more with 413).</param>
/// <param name="MaxHeaders">Headers of one message that are read; ten times as many lines in the message's own header
/// section refuse it.</param>
/// <param name="MaxMimeDepth">Multiparts inside multiparts; deeper parts are treated as opaque.</param>
/// <param name="MaxParts">MIME parts looked at in one message, attached originals included.</param>
/// <param name="MaxAttachedOriginals">Messages attached inside messages (forwarded as attachment), at any depth.</param>
/// <param name="MaxTextChars">Characters of body text read from all parts together.</param>
/// <param name="MaxLineBytes">Longer lines are broken before parsing (RFC 5322 allows 998 characters).</param>
/// <param name="TimeBudget">Time one message may take before it is refused as too complex.</param>
public sealed record IntakeLimits(
    long MaxMessageBytes = 25 * 1024 * 1024,
    int MaxHeaders = 500,
    int MaxMimeDepth = 12,
    int MaxParts = 300,
    int MaxAttachedOriginals = 5,
    int MaxTextChars = 200_000,
    int MaxLineBytes = 32 * 1024,
    TimeSpan? TimeBudget = null)
{
    public static IntakeLimits Default { get; } = new();

    public TimeSpan Budget => TimeBudget ?? TimeSpan.FromSeconds(5);
}
