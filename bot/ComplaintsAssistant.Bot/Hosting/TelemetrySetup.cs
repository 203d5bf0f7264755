using System.Runtime.CompilerServices;
using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ComplaintsAssistant.Bot.Hosting;

/// <summary>Where traces and metrics go: Azure Monitor when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> (or
/// <c>AzureMonitor:ConnectionString</c>) is set, the console when <c>Telemetry:Console</c> is true, otherwise nowhere — and
/// then nothing is collected at all, so tests, the try-out page and an idle host pay nothing for it.</summary>
public static class TelemetrySetup
{
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"] is { Length: > 0 } fromPlatform
            ? fromPlatform
            : configuration["AzureMonitor:ConnectionString"];
        if (!string.IsNullOrWhiteSpace(connectionString)) AddAzureMonitor(services, connectionString);
        else AddOwnExporters(services, configuration.GetValue<bool>("Telemetry:Console"));
        return services;
    }

    // Each in its own method, so a host that exports nowhere loads neither (idle memory counts: see docs/bench.md).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddAzureMonitor(IServiceCollection services, string connectionString) =>
        // The distro brings the ASP.NET Core and HttpClient instrumentation (and exports logs): ours are added to it.
        services.AddOpenTelemetry().UseAzureMonitor(monitor => monitor.ConnectionString = connectionString)
            .WithTracing(tracing => tracing.AddSource(Telemetry.Name))
            .WithMetrics(metrics => metrics.AddMeter(Telemetry.Name));

    /// <summary>What to collect, for whichever exporter is added: the console's, or a test's in-memory one.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddOwnExporters(IServiceCollection services, bool console)
    {
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddSource(Telemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation());
        services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddMeter(Telemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation());
        if (console)
            services.AddOpenTelemetry()
                .WithTracing(tracing => tracing.AddConsoleExporter())
                .WithMetrics(metrics => metrics.AddConsoleExporter());
    }
}
