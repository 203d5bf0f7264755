using ComplaintsAssistant.Core.Mailbox;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Mailbox;

/// <summary>Reads the complaints mailbox every <see cref="MailboxOptions.PollInterval"/> (on the host's clock), sooner when a
/// change notification arrives (<see cref="PollSoon"/>), and on demand; then sends the officers the triage cards not yet
/// sent. One pass at a time in this host; any number of hosts on one store (the drafts and the ledger decide).</summary>
public sealed partial class MailboxPoller(
    MailboxReader reader, TriageAnnouncer announcer, IOptions<MailboxOptions> options, TimeProvider time, ILogger<MailboxPoller> logger)
    : BackgroundService
{
    private readonly SemaphoreSlim _onePass = new(1, 1);
    private readonly SemaphoreSlim _soon = new(0, 1);

    /// <summary>A change notification: read the mailbox now rather than at the next interval.</summary>
    public void PollSoon()
    {
        try
        {
            _soon.Release();
        }
        catch (SemaphoreFullException)
        {
            // An early poll is already asked for: one is enough.
        }
    }

    public async Task<MailboxRun> PollNowAsync(CancellationToken cancellationToken)
    {
        await _onePass.WaitAsync(cancellationToken);
        try
        {
            var pass = await reader.PollAsync(cancellationToken);
            var cards = await announcer.RunAsync(cancellationToken);
            LogPass(logger, pass.Drafted.Count, pass.AlreadyDrafted, pass.Removed, pass.Pages, pass.Resynced, cards);
            return new MailboxRun(pass, cards);
        }
        finally
        {
            _onePass.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Background) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PollNowAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Nothing is lost: the delta link is saved only after a round is drafted, so the next pass reads it again.
                LogPassFailed(logger, e);
            }
            using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var interval = Task.Delay(options.Value.PollInterval, time, wake.Token);
            await Task.WhenAny(interval, _soon.WaitAsync(wake.Token));
            await wake.CancelAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Complaints mailbox read: {Drafted} new drafts, {Seen} already drafted, {Removed} removed, {Pages} pages, resynced {Resynced}; {Cards} triage cards sent")]
    private static partial void LogPass(ILogger logger, int drafted, int seen, int removed, int pages, bool resynced, int cards);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading the complaints mailbox failed; the next pass reads it again")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}

/// <summary>What one pass did.</summary>
public sealed record MailboxRun(MailboxPass Pass, int CardsSent);
