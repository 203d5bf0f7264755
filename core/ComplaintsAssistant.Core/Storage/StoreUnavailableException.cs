namespace ComplaintsAssistant.Core.Storage;

/// <summary>The store could not be reached, or is too busy to answer, just now: an outage worth retrying, not a
/// defect. Hosts answer it with "try again shortly" (HTTP 503 with Retry-After) instead of an error page.</summary>
/// <param name="retryAfter">How long the store asked callers to wait, when it said.</param>
public sealed class StoreUnavailableException(Exception cause, TimeSpan? retryAfter = null)
    : Exception("The case store did not answer.", cause)
{
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
