using System.Diagnostics;
using ComplaintsAssistant.Core.Tests.EmailIntake;
using ComplaintsAssistant.Core.Tests.EmailIntake.Corpus;

// Accuracy of the email intake per field on the labelled corpus (tuned part and holdout, reported apart), the time to
// draft one message (median, p99) and peak memory; then the hostile set's worst case. `--misses` lists every miss.
var showMisses = args.Contains("--misses");

var (tune, holdout) = await CorpusScore.RunAsync();
Console.WriteLine($"Accuracy per field ({tune.Emails} tuned emails | {holdout.Emails} holdout emails, never tuned on)");
Console.WriteLine($"{"field",-26}{"tuned",14}{"holdout",14}");
foreach (var field in CorpusScore.Fields)
{
    Console.WriteLine($"{field,-26}{Cell(tune, field),14}{Cell(holdout, field),14}");
}
if (showMisses)
{
    Console.WriteLine("\nMisses:");
    foreach (var miss in tune.Misses.Concat(holdout.Misses)) Console.WriteLine("  " + miss);
}

// Timing: every corpus message drafted repeatedly, after a warm-up pass.
var drafter = CorpusScore.Drafter();
var messages = CorpusScore.Labels().Select(l => File.ReadAllBytes(Path.Combine(CorpusScore.Folder, l.File))).ToArray();
foreach (var bytes in messages) await drafter.DraftAsync(new MemoryStream(bytes));
var times = new List<double>();
for (int round = 0; round < 10; round++)
{
    foreach (var bytes in messages)
    {
        var clock = Stopwatch.StartNew();
        await drafter.DraftAsync(new MemoryStream(bytes));
        times.Add(clock.Elapsed.TotalMilliseconds);
    }
}
times.Sort();
Console.WriteLine($"\nDrafting time per message ({times.Count} drafts): median {Percentile(times, 0.5):F2} ms, p99 {Percentile(times, 0.99):F2} ms, max {times[^1]:F2} ms");
Console.WriteLine($"Peak working set so far: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");

Console.WriteLine("\nHostile messages (each drafted once, cold):");
Console.WriteLine($"{"message",-40}{"size",10}{"ms",10}{"alloc MB",10}  outcome");
foreach (var (name, bytes) in HostileSet.All())
{
    GC.Collect();
    var before = GC.GetTotalAllocatedBytes(precise: true);
    var clock = Stopwatch.StartNew();
    var result = await drafter.DraftAsync(new MemoryStream(bytes));
    var ms = clock.Elapsed.TotalMilliseconds;
    var allocated = (GC.GetTotalAllocatedBytes(precise: true) - before) / (1024.0 * 1024.0);
    var outcome = result.Succeeded ? $"draft, {result.Value.Kind}, {result.Value.Warnings.Count} warnings" : $"refused: {result.Error!.Rule}";
    Console.WriteLine($"{name,-40}{bytes.Length / 1024 + " KB",10}{ms,10:F1}{allocated,10:F1}  {outcome}");
}
Console.WriteLine($"Peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");

static string Cell(CorpusScore score, string field)
{
    var (right, total) = score.Count(field);
    return total == 0 ? "-" : $"{score.Accuracy(field),4:P0} {right}/{total}";
}

static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
