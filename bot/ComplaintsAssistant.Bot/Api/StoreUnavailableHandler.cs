using System.Globalization;
using ComplaintsAssistant.Core.Storage;
using Microsoft.AspNetCore.Diagnostics;

namespace ComplaintsAssistant.Bot.Api;

/// <summary>The case store not answering during a request: 503 problem details with Retry-After, so a client waits and
/// tries again rather than reporting a fault. Registered before <see cref="ApiExceptionHandler"/>, whose catch-all
/// would make it a 500.</summary>
internal sealed partial class StoreUnavailableHandler(IProblemDetailsService problems, ILogger<StoreUnavailableHandler> logger) : IExceptionHandler
{
    /// <summary>When the store named no wait of its own: long enough for a restart or failover to show.</summary>
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not StoreUnavailableException outage) return false;
        LogOutage(logger, outage.InnerException?.GetType().Name ?? "unknown", context.Request.Path);

        var wait = outage.RetryAfter is { } asked && asked > TimeSpan.Zero ? asked : DefaultWait;
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var problem = ApiProblems.Details(StatusCodes.Status503ServiceUnavailable, "store-unavailable",
            "The case records are not answering just now. Try again in a few moments; if you were changing a case, open it " +
            "first to see whether the change was saved.", field: null);
        problem.Title = "The case records are not available";
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    // The exception type and path only: the store's message can quote the request.
    [LoggerMessage(Level = LogLevel.Warning, Message = "The case store did not answer ({Cause}) handling {Path}")]
    private static partial void LogOutage(ILogger logger, string cause, string path);
}
