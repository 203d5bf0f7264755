using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Channel.Queue;

/// <summary>
/// Bounded, partitioned queue between the HTTP ack and the turn handler. A conversation always
/// hashes to the same partition, and each partition has one reader, so turns of a conversation
/// are handled in order while different conversations run in parallel.
/// </summary>
public sealed class TurnQueue
{
    private readonly System.Threading.Channels.Channel<TurnWork>[] _partitions;
    private readonly Lock _gate = new();
    private int _pending;
    private TaskCompletionSource _idle = Idle();

    public TurnQueue(IOptions<ChannelOptions> options)
    {
        var queue = options.Value.Queue;
        _partitions = new System.Threading.Channels.Channel<TurnWork>[queue.Workers];
        for (var i = 0; i < _partitions.Length; i++)
        {
            _partitions[i] = System.Threading.Channels.Channel.CreateBounded<TurnWork>(new BoundedChannelOptions(queue.Capacity)
            {
                SingleReader = true,
                SingleWriter = false,
                FullMode = BoundedChannelFullMode.Wait,
            });
        }
    }

    internal int PartitionCount => _partitions.Length;

    /// <summary>Waits for room when the partition is full: back-pressure, not loss.</summary>
    public ValueTask EnqueueAsync(TurnWork work, CancellationToken cancellationToken)
    {
        var writer = _partitions[PartitionOf(work.Target.ConversationKey)].Writer;
        Accepted();
        return writer.TryWrite(work) ? ValueTask.CompletedTask : WaitForRoomAsync(writer, work, cancellationToken);
    }

    /// <summary>
    /// Completes once every piece of work accepted so far has been handled: its replies sent, or its failure logged.
    /// "Nothing more will be sent for what came in" is this signal, not a pause.
    /// </summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return _idle.Task.WaitAsync(cancellationToken);
        }
    }

    internal ChannelReader<TurnWork> Reader(int partition) => _partitions[partition].Reader;

    /// <summary>The worker has finished with one piece of work, however it ended.</summary>
    internal void Handled()
    {
        lock (_gate)
        {
            if (--_pending == 0) _idle.TrySetResult();
        }
    }

    internal void Complete()
    {
        foreach (var partition in _partitions)
        {
            partition.Writer.TryComplete();
        }
    }

    private void Accepted()
    {
        lock (_gate)
        {
            if (_pending++ == 0) _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    private async ValueTask WaitForRoomAsync(ChannelWriter<TurnWork> writer, TurnWork work, CancellationToken cancellationToken)
    {
        try
        {
            await writer.WriteAsync(work, cancellationToken);
        }
        catch
        {
            // Never queued (cancelled, or the queue is shutting down): nothing will handle it.
            Handled();
            throw;
        }
    }

    private static TaskCompletionSource Idle()
    {
        var idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        idle.SetResult();
        return idle;
    }

    private int PartitionOf(string conversationKey) =>
        (int)((uint)StringComparer.Ordinal.GetHashCode(conversationKey) % (uint)_partitions.Length);
}
