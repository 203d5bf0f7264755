namespace ComplaintsAssistant.Bot.Channel;

/// <summary>"Bot:Queue": background turns. Each conversation always goes to the same worker, so its turns stay in order.</summary>
public sealed class TurnQueueOptions
{
    public int Workers { get; set; } = 2;

    /// <summary>Items waiting per worker before new activities wait for room.</summary>
    public int Capacity { get; set; } = 1024;
}
