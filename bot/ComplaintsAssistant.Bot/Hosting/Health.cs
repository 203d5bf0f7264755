using ComplaintsAssistant.Core.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ComplaintsAssistant.Bot.Hosting;

/// <summary>Probes for the hosting platform. <c>/health/live</c>: the process answers; it never touches the store, so a
/// store outage doesn't get healthy instances restarted. <c>/health/ready</c>: the case store answers too, within
/// <see cref="StoreReadiness.Patience"/>; until it does, 503 and the load balancer sends no traffic here.
/// The email store and, when configured, Microsoft Graph are checked too, but only as <b>degraded</b> (still 200): every
/// instance shares them, so taking this one out of the load balancer would help nobody.
/// <c>/health</c> is kept, as live, for probes set up before the split.</summary>
public static class Health
{
    private const string Ready = "ready";

    public static IServiceCollection AddStoreReadiness(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<StoreReadiness>("store", HealthStatus.Unhealthy, [Ready], StoreReadiness.Patience)
            .AddCheck<EmailStoreReadiness>("emails", HealthStatus.Degraded, [Ready], StoreReadiness.Patience)
            .AddCheck<GraphReadiness>("graph", HealthStatus.Degraded, [Ready], StoreReadiness.Patience);
        return services;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        var live = new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync };
        app.MapHealthChecks("/health", live);
        app.MapHealthChecks("/health/live", live);
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync });
        return app;
    }

    /// <summary>Which check failed, never why: the probe is anonymous, and exception text can name hosts and settings.</summary>
    private static Task WriteAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status switch { HealthStatus.Healthy => "ok", HealthStatus.Degraded => "degraded", _ => "unavailable" },
            unavailable = Named(report, HealthStatus.Unhealthy),
            degraded = Named(report, HealthStatus.Degraded),
        });

    private static string[] Named(HealthReport report, HealthStatus status) =>
        report.Entries.Where(e => e.Value.Status == status).Select(e => e.Key).ToArray();
}

/// <summary>Ready when the case store answers a point read of an id no case has: one indexed lookup in SQLite, one
/// ~1 RU read in Cosmos (which also opens its containers, so a wrong database or container shows here too).</summary>
internal sealed class StoreReadiness(ICaseStore store) : IHealthCheck
{
    /// <summary>Bounds the probe: a store that takes longer than this to answer one point read is not ready.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await store.GetAsync(Guid.Empty, cancellationToken);
        return HealthCheckResult.Healthy();
    }
}
