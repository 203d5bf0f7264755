using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.UseCases;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Hosting;

/// <summary>When the council supplies a bank holiday file (a newly declared holiday), open cases' indexed deadlines are
/// brought in line once at start-up, in the background, so lists and prompts follow it. A store that can't be reached
/// then is tried again with backoff until it answers: the host keeps serving meanwhile (a background task that ended
/// with the outage would stop the host). Without a file the store is not touched here, so start-up does not wait for it.</summary>
internal sealed partial class DueDateRefresh(IServiceProvider services, IOptions<CouncilOptions> council, TimeProvider time, ILogger<DueDateRefresh> logger)
    : BackgroundService
{
    private static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrWhiteSpace(council.Value.BankHolidaysFile)) return;
        var cases = services.GetRequiredService<CaseService>();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                LogRefreshed(logger, await cases.RefreshDueDatesAsync(stoppingToken));
                return;
            }
            catch (StoreUnavailableException outage) when (!stoppingToken.IsCancellationRequested)
            {
                // A case saved before the outage keeps its old deadlines until this succeeds; each re-run skips what's done.
                var wait = outage.RetryAfter ?? Wait(attempt);
                LogRetrying(logger, attempt, wait);
                await Task.Delay(wait, time, stoppingToken);
            }
        }
    }

    /// <summary>5 seconds, doubling with each attempt, at most 5 minutes.</summary>
    internal static TimeSpan Wait(int attempt) =>
        TimeSpan.FromTicks(Math.Min(FirstWait.Ticks << Math.Min(attempt - 1, 16), LongestWait.Ticks));

    [LoggerMessage(Level = LogLevel.Information, Message = "Bank holiday file applied: {Moved} open cases' deadlines moved")]
    private static partial void LogRefreshed(ILogger logger, int moved);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bank holiday file: the case store did not answer (attempt {Attempt}); trying again in {Wait}")]
    private static partial void LogRetrying(ILogger logger, int attempt, TimeSpan wait);
}
