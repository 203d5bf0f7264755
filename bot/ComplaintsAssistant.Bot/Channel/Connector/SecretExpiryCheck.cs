using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Channel.Connector;

/// <summary>Logs <see cref="SecretExpiry"/>'s warning at start-up and then once a day while it applies, and says at
/// start-up when the expiry date isn't configured (so nobody will be warned).</summary>
public sealed partial class SecretExpiryCheck(SecretExpiry expiry, IOptions<ChannelOptions> options, TimeProvider time, ILogger<SecretExpiryCheck> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.IsDevelopmentMode) return;
        if (options.Value.AppPasswordExpiresOn is null)
        {
            LogNoExpiryDate(logger);
            return;
        }

        using var daily = new PeriodicTimer(TimeSpan.FromDays(1), time);
        do
        {
            if (expiry.Warning() is { } warning) LogExpiring(logger, warning);
        }
        while (await daily.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 3100, Level = LogLevel.Warning, Message = "{Warning}")]
    private static partial void LogExpiring(ILogger logger, string warning);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information,
        Message = "Bot:AppPasswordExpiresOn is not set, so nobody will be warned before the bot's client secret expires; set it to the secret's end date.")]
    private static partial void LogNoExpiryDate(ILogger logger);
}
