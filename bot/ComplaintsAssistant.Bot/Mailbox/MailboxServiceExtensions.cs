using ComplaintsAssistant.Bot.Access;
using ComplaintsAssistant.Bot.Hosting;
using ComplaintsAssistant.Core.Deadlines;
using ComplaintsAssistant.Core.EmailIntake;
using ComplaintsAssistant.Core.EmailIntake.Keeping;
using ComplaintsAssistant.Core.EmailIntake.Linking;
using ComplaintsAssistant.Core.Mailbox;
using ComplaintsAssistant.Core.Owners;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.UseCases;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Mailbox;

public static class MailboxServiceExtensions
{
    /// <summary>The complaints mailbox (section <c>Mailbox</c>): when an address is set, it is read through Microsoft Graph
    /// with the bot's app registration every <c>Mailbox:PollInterval</c>, each new email drafted for triage and a card sent
    /// to the complaints officers. Triage decisions are always available (cards already sent keep working).</summary>
    public static IServiceCollection AddMailbox(this IServiceCollection services)
    {
        services.AddOptions<MailboxOptions>().BindConfiguration(MailboxOptions.Section)
            .Validate(o => o.PollInterval > TimeSpan.Zero, "Mailbox:PollInterval must be a positive time span, e.g. 00:05:00.")
            .Validate(o => o.PageSize is >= 1 and <= 1000, "Mailbox:PageSize must be between 1 and 1000 messages a page.")
            // Local development has no app registration: only a Graph of one's own (a fake, Access:GraphBaseUrl) can be read there.
            .Validate<IConfiguration>((o, c) => !o.IsOn || !string.IsNullOrWhiteSpace(c["Bot:AppId"]) || LocalDevelopment.IsOn(c) && !string.IsNullOrWhiteSpace(c["Access:GraphBaseUrl"]),
                "Mailbox:Address is set, and the mailbox is read through Microsoft Graph with the bot's app registration: set Bot:AppId and Bot:AppPassword, or leave Mailbox:Address empty.")
            .ValidateOnStart();
        services.AddSingleton(p => new TriageDecisions(p.GetRequiredService<ITriageDrafts>(), p.GetRequiredService<CaseService>(),
            p.GetRequiredService<EmailKeeper>(), p.GetRequiredService<IEmailCaseLookup>(), p.GetRequiredService<IEmailStore>(), p.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ChannelTriageSender>();
        services.AddSingleton(p => new TriageAnnouncer(p.GetRequiredService<ITriageDrafts>(), p.GetRequiredService<PromptClaims>(),
            p.GetRequiredService<ChannelTriageSender>(), p.GetRequiredService<IPeopleDirectory>(), p.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IMailboxSource>(p =>
        {
            var options = p.GetRequiredService<IOptions<MailboxOptions>>().Value;
            return new GraphMailbox(p.GetRequiredService<IHttpClientFactory>().CreateClient(AccessServiceExtensions.GraphClientName),
                p.GetRequiredService<GraphAppToken>().GetAsync, options.Address!.Trim(), options.PageSize, p.GetRequiredService<TimeProvider>(),
                p.GetRequiredService<ILogger<GraphMailbox>>());
        });
        services.AddSingleton(p => new MailboxReader(p.GetRequiredService<IOptions<MailboxOptions>>().Value.Address!.Trim(),
            p.GetRequiredService<IMailboxSource>(), p.GetRequiredService<ITriageDrafts>(), p.GetRequiredService<EmailDrafter>(),
            p.GetRequiredService<IEmailStore>(), p.GetRequiredService<TimeProvider>()));
        services.AddSingleton<MailboxPoller>();
        services.AddHostedService<BackgroundService>(p => p.GetRequiredService<IOptions<MailboxOptions>>().Value.IsOn ? p.GetRequiredService<MailboxPoller>() : new Idle());
        return services;
    }

    /// <summary>The notification endpoint when <c>Mailbox:ClientState</c> is set; in local development mode,
    /// <c>POST /dev/mailbox/poll</c> reads the mailbox now and answers what it did.</summary>
    public static WebApplication MapMailbox(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<MailboxOptions>>().Value;
        if (!options.IsOn) return app;
        if (!string.IsNullOrWhiteSpace(options.ClientState)) MailboxNotifications.Map(app, options.ClientState);
        if (!app.Services.GetRequiredService<HostingMode>().IsLocalDevelopment) return app;
        app.MapPost("/dev/mailbox/poll", async (MailboxPoller poller, CancellationToken cancellationToken) =>
        {
            var run = await poller.PollNowAsync(cancellationToken);
            return Results.Ok(new
            {
                drafted = run.Pass.Drafted.Select(d => new { id = d.Id, kind = d.Kind.ToString(), state = d.State.ToString(), reference = d.Reference }),
                alreadyDrafted = run.Pass.AlreadyDrafted,
                removed = run.Pass.Removed,
                pages = run.Pass.Pages,
                resynced = run.Pass.Resynced,
                cardsSent = run.CardsSent,
            });
        }).ExcludeFromDescription();
        return app;
    }

    /// <summary>No mailbox configured: nothing runs.</summary>
    private sealed class Idle : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
    }
}
