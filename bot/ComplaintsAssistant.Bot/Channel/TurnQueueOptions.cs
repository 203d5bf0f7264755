namespace ComplaintsAssistant.Bot.Channel;

/// <summary>"Bot:Queue": background turns. Each conversation always goes to the same worker, so its turns stay in order.</summary>
public sealed class TurnQueueOptions
{
    /// <summary>
    /// Partitions, each with one reader. A worker awaits its turn's connector POST before the next turn, so this is
    /// also how many replies can be in flight at once. With 2, the peer benchmark (docs/bench.md) saw the queue fill
    /// and the bot stall below its CPU budget; a real connector round trip is tens of ms. Partitions are cheap.
    /// </summary>
    public int Workers { get; set; } = 32;

    /// <summary>Items waiting per worker before new activities wait for room.</summary>
    public int Capacity { get; set; } = 1024;
}
