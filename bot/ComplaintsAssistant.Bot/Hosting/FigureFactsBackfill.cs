using ComplaintsAssistant.Core.Figures.Facts;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Bot.Hosting;

/// <summary>Cases saved by a release before figures get their facts a minute after the host has started
/// (<see cref="AfterStart.Settle"/>), in the background, so
/// figures count them; a store where every case has facts is asked one question and left alone. If the store can't be
/// reached it is left for the next start: the host serves on (and says so in the log), figures just miss those cases.</summary>
internal sealed partial class FigureFactsBackfill(IServiceProvider services, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<FigureFactsBackfill> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // After start-up, so a host that fails to start (a bad setting) is never raced by this, nor its first replies.
        if (!await AfterStart.SettledAsync(lifetime, time, stoppingToken)) return;

        try
        {
            var saved = await FactsBackfill.RunAsync(services.GetRequiredService<ICaseStore>(), services.GetRequiredService<IFigureFacts>(),
                services.GetRequiredService<ClockRules>(), stoppingToken);
            if (saved > 0) LogBackfilled(logger, saved);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogNotFinished(logger, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Figures: {Saved} cases saved before figures existed now have their facts")]
    private static partial void LogBackfilled(ILogger logger, int saved);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Figures: giving facts to cases saved before figures could not finish ({Error}); it carries on at the next start, and until then figures leave those cases out")]
    private static partial void LogNotFinished(ILogger logger, string error);
}
