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
        return writer.TryWrite(work) ? ValueTask.CompletedTask : writer.WriteAsync(work, cancellationToken);
    }

    internal ChannelReader<TurnWork> Reader(int partition) => _partitions[partition].Reader;

    internal void Complete()
    {
        foreach (var partition in _partitions)
        {
            partition.Writer.TryComplete();
        }
    }

    private int PartitionOf(string conversationKey) =>
        (int)((uint)StringComparer.Ordinal.GetHashCode(conversationKey) % (uint)_partitions.Length);
}
