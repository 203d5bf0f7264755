using System.Net;

namespace ComplaintsAssistant.Bot.Channel.Connector;

/// <summary>
/// Teams' table (bot-protocol.md §3.5): retry 412, 429, 502, 503, 504 only; honour Retry-After,
/// else exponential back-off with random jitter; bounded by the caller's attempt count.
/// </summary>
public static class RetryPolicy
{
    public static bool IsRetryable(HttpStatusCode status) => (int)status is 412 or 429 or 502 or 503 or 504;

    public static TimeSpan DelayBefore(int nextAttempt, HttpResponseMessage response, ConnectorOptions options, TimeProvider time)
    {
        var retryAfter = response.Headers.RetryAfter;
        TimeSpan delay;
        if (retryAfter?.Delta is { } delta)
        {
            delay = delta;
        }
        else if (retryAfter?.Date is { } date)
        {
            delay = date - time.GetUtcNow();
        }
        else
        {
            var exponential = options.BaseRetryDelay.Ticks * (1L << Math.Min(nextAttempt - 2, 16));
            delay = TimeSpan.FromTicks((long)(exponential * (0.5 + Random.Shared.NextDouble() / 2)));
        }

        if (delay < TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        return delay > options.MaxRetryDelay ? options.MaxRetryDelay : delay;
    }
}
