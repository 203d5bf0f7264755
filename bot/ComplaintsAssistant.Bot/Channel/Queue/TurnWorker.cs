using ComplaintsAssistant.Bot.Conversations;
using ComplaintsAssistant.Bot.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplaintsAssistant.Bot.Channel.Queue;

/// <summary>Reads every partition of the <see cref="TurnQueue"/>: one loop per partition.</summary>
internal sealed class TurnWorker(TurnQueue queue, IServiceScopeFactory scopes, ILogger<TurnWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var loops = new Task[queue.PartitionCount];
        for (var i = 0; i < loops.Length; i++)
        {
            var reader = queue.Reader(i);
            loops[i] = Task.Run(() => RunAsync(reader, stoppingToken), CancellationToken.None);
        }

        return Task.WhenAll(loops);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        await base.StopAsync(cancellationToken);
    }

    private async Task RunAsync(System.Threading.Channels.ChannelReader<TurnWork> reader, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var work in reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await ProcessAsync(work, stoppingToken);
                }
                finally
                {
                    queue.Handled();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.QueueStopping();
        }
    }

    private async Task ProcessAsync(TurnWork work, CancellationToken stoppingToken)
    {
        using var span = Telemetry.StartTurn(work.Turn);
        var started = System.Diagnostics.Stopwatch.GetTimestamp(); // real time: the host's clock may be a test's or Dev:Now
        var outcome = "failed";
        try
        {
            if (work.Turn is { } turn)
            {
                await using var scope = scopes.CreateAsyncScope();
                var handler = scope.ServiceProvider.GetRequiredService<ITurnHandler>();
                var reply = await handler.HandleAsync(turn, stoppingToken);
                if (reply.Messages.Count > 0 || reply.ReplacementCard is not null)
                {
                    await work.Target.ReplyAsync(reply, stoppingToken);
                }
            }
            else
            {
                if (work.CardForEveryone is { } card) await work.Target.UpdateCardForEveryoneAsync(card, stoppingToken);
                if (work.Messages is { Count: > 0 } messages) await work.Target.SendAsync(messages, stoppingToken);
            }
            outcome = "ok";
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // One failed turn must not stop the worker: the next conversation still gets its answer.
            logger.TurnFailed(work.Turn?.Kind.ToString() ?? "send", exception.GetType().Name, exception);
        }
        finally
        {
            Telemetry.TurnDone(span, work.Turn, System.Diagnostics.Stopwatch.GetElapsedTime(started), outcome);
        }
    }
}
