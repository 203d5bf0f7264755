namespace ComplaintsAssistant.Migrate;

/// <summary>Prints counts as they come (Progress&lt;T&gt; would post them to the thread pool, out of order).</summary>
internal sealed class ConsoleProgress : IProgress<int>
{
    public void Report(int value) => Console.WriteLine($"{value} cases copied");
}
