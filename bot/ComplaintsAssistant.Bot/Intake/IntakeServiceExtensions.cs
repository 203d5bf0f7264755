using ComplaintsAssistant.Bot.Hosting;
using ComplaintsAssistant.Core.Council;
using ComplaintsAssistant.Core.EmailIntake;
using ComplaintsAssistant.Core.EmailIntake.Chat;
using ComplaintsAssistant.Core.EmailIntake.Keeping;
using ComplaintsAssistant.Store.Emails;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Intake;

public static partial class IntakeServiceExtensions
{
    /// <summary>The email intake (<see cref="EmailDrafter"/>) with the council's settings from section <c>Intake</c>,
    /// bound strictly (a mistyped key stops the host) and checked at start-up.</summary>
    public static IServiceCollection AddEmailIntake(this IServiceCollection services)
    {
        services.AddOptions<IntakeOptions>().BindStrictly(IntakeOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<IntakeOptions>, IntakeOptionsValidator>();
        services.AddSingleton(p =>
        {
            var intake = p.GetRequiredService<IOptions<IntakeOptions>>().Value;
            if (intake.OwnDomains.Count == 0) LogNoOwnDomains(p.GetRequiredService<ILogger<EmailDrafter>>());
            return new EmailIntakeSettings(
                p.GetRequiredService<CouncilVocabulary>(),
                intake.Councillors.Select(c => new Councillor(c.Name.Trim(), c.Emails.Select(e => e.Trim()).ToArray())).ToArray(),
                intake.OwnDomains.Select(d => d.Trim().ToLowerInvariant()).ToArray(),
                string.IsNullOrWhiteSpace(intake.ComplaintsMailbox) ? null : intake.ComplaintsMailbox.Trim());
        });
        services.AddSingleton<EmailDrafter>();
        services.AddSingleton<ChatMessageDrafter>();
        // Emails kept with cases, by default in an emails folder beside the SQLite file. Read when first needed, so settings
        // layered on late (tests, hosting platforms) count.
        services.AddSingleton(p =>
        {
            var configuration = p.GetRequiredService<IConfiguration>();
            var data = Path.GetDirectoryName(configuration["Store:SqlitePath"]) is { Length: > 0 } folder
                ? folder
                : Path.Combine(p.GetRequiredService<IWebHostEnvironment>().ContentRootPath, "data");
            return EmailStoreSetup.Open(key => configuration[key], Path.Combine(data, "emails"));
        });
        services.AddSingleton<EmailKeeper>();
        return services;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "Intake:OwnDomains is empty: the email intake can't tell staff forwarding an email from a complainant, so forwards are read as the forwarder's own. Set the council's email domains.")]
    private static partial void LogNoOwnDomains(ILogger logger);
}
