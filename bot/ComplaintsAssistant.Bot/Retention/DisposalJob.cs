using ComplaintsAssistant.Bot.Hosting;
using ComplaintsAssistant.Core.Retention;

namespace ComplaintsAssistant.Bot.Retention;

/// <summary>Runs the disposal job (<see cref="DisposalRun"/>) a minute after the host starts (<see cref="AfterStart.Settle"/>:
/// not on the start path, nor racing the first replies) — which finishes a run a stopped host left half done — and then every
/// night at 02:00 UK time. The store and the email store are only asked for then. A run that fails is tried again in an
/// hour; every step can be repeated, so nothing is destroyed twice. The log holds counts only, never a reference.</summary>
internal sealed partial class DisposalJob(IServiceProvider services, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<DisposalJob> logger)
    : BackgroundService
{
    private static readonly TimeSpan RunAt = TimeSpan.FromHours(2);
    private static readonly TimeSpan AfterFailure = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await AfterStart.SettledAsync(lifetime, time, stoppingToken)) return;
        var run = ActivatorUtilities.CreateInstance<DisposalRun>(services);
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                var done = await run.RunAsync(stoppingToken);
                LogRan(logger, done.Listed, done.Destroyed, done.ReadsPruned);
                wait = UntilNextRun(time.GetUtcNow());
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, failure.GetType().Name);
                wait = AfterFailure;
            }
            await Task.Delay(wait, time, stoppingToken);
        }
    }

    /// <summary>From <paramref name="now"/> to the next 02:00 in London.</summary>
    internal static TimeSpan UntilNextRun(DateTimeOffset now)
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var local = TimeZoneInfo.ConvertTime(now, london);
        var next = local.Date + RunAt;
        if (next <= local.DateTime) next = next.AddDays(1);
        return new DateTimeOffset(next, london.GetUtcOffset(next)) - now;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Disposal job: {Listed} cases on the officers' list, {Destroyed} destroyed, {Reads} access-log reads pruned")]
    private static partial void LogRan(ILogger logger, int listed, int destroyed, int reads);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Disposal job failed ({Failure}); trying again in an hour")]
    private static partial void LogFailed(ILogger logger, string failure);
}
