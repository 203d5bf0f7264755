using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.SubjectAccess;

namespace ComplaintsAssistant.Bot.SubjectAccess;

public static class SubjectAccessSetup
{
    /// <summary>Person search, requests and the pack; and the person index's backfill once the host has started.</summary>
    public static IServiceCollection AddSubjectAccess(this IServiceCollection services)
    {
        services.AddSingleton<PersonSearch>();
        services.AddSingleton<SubjectAccessRequests>();
        services.AddSingleton<SubjectAccessPack>();
        services.AddHostedService<PersonIndexBackfill>();
        return services;
    }
}

/// <summary>Indexes, once, the cases saved before the person index existed (an upgraded SQLite file or Cosmos container),
/// in the background a minute after start-up (as <see cref="Hosting.FigureFactsBackfill"/>), so the host answers meanwhile; a search
/// before it ends may miss those older cases. Left for the next start if the store can't be reached.</summary>
internal sealed partial class PersonIndexBackfill(IServiceProvider services, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<PersonIndexBackfill> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await Hosting.AfterStart.SettledAsync(lifetime, time, stoppingToken)) return;

        try
        {
            var indexed = await services.GetRequiredService<IPersonIndex>().BackfillAsync(stoppingToken);
            if (indexed > 0) Indexed(logger, indexed);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            NotFinished(logger, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Person index: {Count} cases saved before it were indexed")]
    private static partial void Indexed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Person index backfill did not finish ({Error}); it runs again at the next start")]
    private static partial void NotFinished(ILogger logger, string error);
}
