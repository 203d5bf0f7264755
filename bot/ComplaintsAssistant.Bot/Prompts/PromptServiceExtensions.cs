using ComplaintsAssistant.Bot.Access;
using ComplaintsAssistant.Bot.Hosting;
using ComplaintsAssistant.Core.Deadlines;
using ComplaintsAssistant.Core.Owners;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.SubjectAccess;
using ComplaintsAssistant.Core.UseCases;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Prompts;

public static class PromptServiceExtensions
{
    /// <summary>Deadline prompts: the scheduler, run in the background every <c>Prompts:Interval</c>. A bad setting stops the
    /// host at start-up naming its key.</summary>
    public static IServiceCollection AddPrompts(this IServiceCollection services)
    {
        services.AddOptions<PromptOptions>().BindConfiguration(PromptOptions.Section)
            .Validate(o => o.Interval > TimeSpan.Zero, "Prompts:Interval must be a positive time span, e.g. 00:15:00.")
            .Validate(o => o.WorkingHours.Start < o.WorkingHours.End, "Prompts:WorkingHours: Start must be before End (UK time, e.g. 09:00 and 17:00).")
            .Validate(o => o.Thresholds.ToThresholds().Validate("Prompts:Thresholds") is null, "Prompts:Thresholds: each reminder is at least 1 working day before the due date, and escalation 0 (never) or more working days overdue.")
            .Validate(o => o.ByKind.All(pair => pair.Value.ToThresholds().Validate($"Prompts:ByKind:{pair.Key}") is null), "Prompts:ByKind: each reminder is at least 1 working day before the due date, and escalation 0 (never) or more.")
            .Validate(o => o.SnoozeMaxWorkingDays >= 1, "Prompts:SnoozeMaxWorkingDays must be 1 or more working days.")
            .Validate(o => o.ManagersCacheFor > TimeSpan.Zero, "Prompts:ManagersCacheFor must be a positive time span, e.g. 01:00:00.")
            .Validate<IConfiguration>((o, c) => o.Managers != ManagerSource.Graph || !string.IsNullOrWhiteSpace(c["Bot:AppId"]),
                "Prompts:Managers is Graph, which asks Microsoft Graph with the bot's app registration: set Bot:AppId and Bot:AppPassword, or use Configuration.")
            .ValidateOnStart();
        services.AddSingleton(p => new PromptPlanner(p.GetRequiredService<IOptions<PromptOptions>>().Value.ToSettings(), p.GetRequiredService<CaseService>().Rules));
        // A claimant per host process: leases tell a live host's claims from a stopped one's.
        services.AddSingleton(p => new PromptClaims(p.GetRequiredService<IPromptLedger>(), $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}", TimeSpan.FromMinutes(5)));
        services.AddSingleton(p => new PromptSnoozes(p.GetRequiredService<IPromptLedger>(), p.GetRequiredService<CaseService>().Rules.Calendar,
            p.GetRequiredService<IOptions<PromptOptions>>().Value.SnoozeMaxWorkingDays));
        services.AddSingleton<IManagerDirectory>(p => p.GetRequiredService<IOptions<PromptOptions>>().Value is { Managers: ManagerSource.Graph } options
            ? new GraphManagers(p.GetRequiredService<IHttpClientFactory>().CreateClient(AccessServiceExtensions.GraphClientName),
                p.GetRequiredService<GraphAppToken>().GetAsync, p.GetRequiredService<IOptionsMonitor<AccessOptions>>(), options.ManagersCacheFor,
                p.GetRequiredService<TimeProvider>(), p.GetRequiredService<ILogger<GraphManagers>>())
            : new ConfiguredManagers(p.GetRequiredService<IOptionsMonitor<AccessOptions>>()));
        services.AddSingleton<PromptMessages>();
        services.AddSingleton<ChannelPromptSender>();
        services.AddSingleton<IPromptSender>(p => p.GetRequiredService<ChannelPromptSender>());
        services.AddSingleton<IDigestSender>(p => p.GetRequiredService<ChannelPromptSender>());
        services.AddSingleton(p => new WeeklyDigests(
            p.GetRequiredService<ICaseStore>(), p.GetRequiredService<IPromptLedger>(), p.GetRequiredService<PromptClaims>(),
            p.GetRequiredService<IDigestSender>(), p.GetRequiredService<IPeopleDirectory>(), p.GetRequiredService<PromptPlanner>(),
            p.GetRequiredService<CaseService>().Rules, p.GetRequiredService<IOptions<PromptOptions>>().Value.DigestDay, p.GetRequiredService<TimeProvider>(),
            p.GetService<ISubjectAccessRequests>(),
            p.GetService<IDisposals>()));
        services.AddSingleton(p => new PromptScheduler(
            p.GetRequiredService<ICaseStore>(), p.GetRequiredService<PromptPlanner>(), p.GetRequiredService<PromptClaims>(),
            p.GetRequiredService<IPromptSender>(), p.GetRequiredService<IManagerDirectory>(), p.GetRequiredService<CaseService>().Rules.Calendar,
            p.GetRequiredService<TimeProvider>(), p.GetRequiredService<PromptSnoozes>()));
        services.AddSingleton<ISubjectAccessReminderSender>(p => p.GetRequiredService<ChannelPromptSender>());
        services.AddSingleton<SubjectAccessReminders>();
        services.AddSingleton<PromptRunner>();
        services.AddHostedService(p => p.GetRequiredService<PromptRunner>());
        return services;
    }

    /// <summary>Local development mode only: <c>POST /dev/prompts/run</c> runs a pass now and answers what it sent.</summary>
    public static WebApplication MapPrompts(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<HostingMode>().IsLocalDevelopment) return app;
        app.MapPost("/dev/prompts/run", async (PromptRunner runner, CancellationToken cancellationToken) =>
        {
            var run = await runner.RunPassAsync(cancellationToken);
            var pass = run.Prompts;
            return Results.Ok(new
            {
                at = pass.At,
                inWorkingHours = pass.InWorkingHours,
                sent = pass.Sent.Select(p => new { reference = p.Reference, clock = p.Due.Clock.ToString(), threshold = p.Threshold, audience = p.Audience.ToString(), dueOn = p.Due.DueOn, headline = PromptCard.Headline(p) }),
                undelivered = pass.Undelivered.Select(u => new { reference = u.Prompt.Reference, clock = u.Prompt.Due.Clock.ToString(), why = u.Why }),
                subjectAccess = run.SubjectAccess.Select(r => new { reference = r.Reference, dueOn = r.DueOn, threshold = r.Threshold, text = r.InWords }),
                digests = run.Digests.Select(d => new { officer = d.Officer, week = d.Digest.Week.ToString(), sent = d.Delivery.WasSent, why = d.Delivery.Failure }),
            });
        }).ExcludeFromDescription();
        return app;
    }
}
