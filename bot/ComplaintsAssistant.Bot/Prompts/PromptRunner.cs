using ComplaintsAssistant.Core.Deadlines;
using ComplaintsAssistant.Core.SubjectAccess;
using ComplaintsAssistant.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Prompts;

/// <summary>Runs a scheduler pass every <see cref="PromptOptions.Interval"/> (on the host's clock, so <c>Dev:Now</c> and tests
/// move it), and on demand; one pass at a time in this host, any number of hosts on one store.</summary>
public sealed partial class PromptRunner(
    PromptScheduler scheduler, SubjectAccessReminders subjectAccess, WeeklyDigests digests, IOptions<PromptOptions> options, TimeProvider time,
    ILogger<PromptRunner> logger)
    : BackgroundService
{
    private readonly SemaphoreSlim _onePass = new(1, 1);

    /// <summary>The prompts, the subject access requests' reminders, then the officers' weekly digest when it is due.</summary>
    public async Task<RunnerPass> RunPassAsync(CancellationToken cancellationToken)
    {
        await _onePass.WaitAsync(cancellationToken);
        try
        {
            var pass = await scheduler.RunAsync(cancellationToken);
            foreach (var prompt in pass.Sent)
            {
                LogSent(logger, prompt.Reference, prompt.Due.Clock, prompt.Threshold, prompt.Audience);
                Telemetry.PromptSent(prompt.Due.Clock, prompt.Threshold, prompt.Audience, "sent");
            }
            foreach (var (prompt, _) in pass.Undelivered)
            {
                LogUndelivered(logger, prompt.Reference, prompt.Due.Clock, prompt.Threshold);
                Telemetry.PromptSent(prompt.Due.Clock, prompt.Threshold, prompt.Audience, "undelivered");
            }
            var reminders = await subjectAccess.RunAsync(cancellationToken);
            foreach (var reminder in reminders) LogReminder(logger, reminder.Reference, reminder.Threshold);
            var sentDigests = await digests.RunAsync(cancellationToken);
            foreach (var digest in sentDigests) LogDigest(logger, digest.Digest.Week.ToString(), digest.Delivery.WasSent);
            return new RunnerPass(pass, reminders, sentDigests);
        }
        finally
        {
            _onePass.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Background) return;
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunPassAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next pass tries again; a prompt that was being sent stays in doubt in the ledger.
                LogPassFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Prompt sent: {Reference} {Clock} at {Threshold} working days to the {Audience}")]
    private static partial void LogSent(ILogger logger, string reference, PromptClock clock, int threshold, PromptAudience audience);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Prompt not delivered (kept, retried later): {Reference} {Clock} at {Threshold} working days")]
    private static partial void LogUndelivered(ILogger logger, string reference, PromptClock clock, int threshold);

    [LoggerMessage(Level = LogLevel.Information, Message = "Subject access reminder sent: {Reference} at {Threshold} working days")]
    private static partial void LogReminder(ILogger logger, string reference, int threshold);

    [LoggerMessage(Level = LogLevel.Information, Message = "Weekly digest {Week} to a complaints officer: delivered {Delivered}")]
    private static partial void LogDigest(ILogger logger, string week, bool delivered);

    [LoggerMessage(Level = LogLevel.Error, Message = "A prompt pass failed; the next one tries again")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}

/// <summary>What a runner pass did: the prompts, the subject access reminders, and the weekly digests (none unless due).</summary>
public sealed record RunnerPass(PromptPass Prompts, IReadOnlyList<SubjectAccessReminder> SubjectAccess, IReadOnlyList<DigestDelivery> Digests);
