using System.Net;
using ComplaintsAssistant.Bot.Access;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Hosting;

/// <summary>How the host listens: request size limits, and in local development mode loopback only.</summary>
public static partial class HostingExtensions
{
    /// <summary>Bodies above this are refused with 413 before they are read (a case is a few kilobytes).</summary>
    public const long MaxRequestBytes = 1024 * 1024;

    public static WebApplicationBuilder AddHosting(this WebApplicationBuilder builder)
    {
        var local = LocalDevelopment.IsOn(builder.Configuration);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = MaxRequestBytes;
            kestrel.AddServerHeader = false;
        });
        if (local)
        {
            // The generic host's start-up lines would say "Hosting environment: Production" beside the warning; the warning
            // (where it listens, the content root) replaces them. The environment itself is left alone: IsProduction() keeps
            // its usual meaning, which configuration checks elsewhere rely on.
            builder.Services.Configure<ConsoleLifetimeOptions>(lifetime => lifetime.SuppressStatusMessages = true);
            // Without identity nobody is authenticated: never listen beyond this machine.
            var urls = builder.Configuration["urls"] ?? builder.Configuration["ASPNETCORE_URLS"] ?? "http://127.0.0.1:5080";
            builder.WebHost.UseUrls(ToLoopback(urls));
            builder.Services.PostConfigure<AccessOptions>(access => access.People.AddRange(LocalDevelopment.Personas));
        }
        else
        {
            builder.Services.AddOptions<IdentityOptions>().Bind(builder.Configuration.GetSection(IdentityOptions.Section))
                .Validate(o => o.IsConfigured, "Entra:TenantId and Entra:ClientId are required when Bot:AppId is set: the API needs an identity provider.")
                .ValidateOnStart();
            // Without an app id the channel would trust loopback callers, and behind a reverse proxy every caller is loopback.
            if (string.IsNullOrWhiteSpace(builder.Configuration["Bot:AppId"]))
                throw new InvalidOperationException("Configuration Bot:AppId is required when Entra is configured: the Teams channel must authenticate its callers. " +
                    "Remove the Entra settings to run in local development mode.");
        }
        builder.Services.AddSingleton(new HostingMode(local));
        if (DevClock.From(builder.Configuration, local) is { } clock) builder.Services.AddSingleton<TimeProvider>(clock);
        return builder;
    }

    /// <summary>Rewrites every URL to a loopback address, keeping scheme and port.</summary>
    internal static string[] ToLoopback(string urls) => urls
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(url =>
        {
            var uri = new UriBuilder(url.Replace("://*", "://placeholder").Replace("://+", "://placeholder"));
            if (!IPAddress.TryParse(uri.Host, out var ip) || !IPAddress.IsLoopback(ip)) uri.Host = uri.Host == "localhost" ? "localhost" : "127.0.0.1";
            return uri.Uri.GetLeftPart(UriPartial.Authority);
        })
        .ToArray();

    public static WebApplication WarnIfLocal(this WebApplication app)
    {
        if (app.Services.GetRequiredService<HostingMode>().IsLocalDevelopment)
            app.Lifetime.ApplicationStarted.Register(() => LogLocalDevelopment(app.Logger, string.Join(", ", app.Urls), app.Environment.ContentRootPath));
        return app;
    }

    /// <summary>Says at start-up what the council hasn't set up yet (the officers see the same in the bot's help).</summary>
    public static WebApplication WarnOfSetupGaps(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var gap in app.Services.GetRequiredService<CouncilReadiness>().Gaps()) LogSetupGap(app.Logger, gap.What, gap.Where);
        });
        return app;
    }

    [LoggerMessage(EventId = 1010, Level = LogLevel.Warning, Message = "Set-up not finished: {What} Set: {Where}")]
    private static partial void LogSetupGap(ILogger logger, string what, string where);

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "LOCAL DEVELOPMENT MODE: no identity is configured (Entra, Bot:AppId), so requests are NOT authenticated. " +
        "Listening on loopback only ({Urls}); anyone else is refused. Configure Entra and Bot before deploying. " +
        "Content root: {ContentRoot}. Press Ctrl+C to stop.")]
    private static partial void LogLocalDevelopment(ILogger logger, string urls, string contentRoot);
}

/// <param name="IsLocalDevelopment">No identity configured: loopback only, personas instead of sign-in.</param>
public sealed record HostingMode(bool IsLocalDevelopment);
