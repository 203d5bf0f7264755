using ComplaintsAssistant.Core.Import;

namespace ComplaintsAssistant.Import;

/// <summary>Progress and the summary. On a terminal progress is a bar redrawn in place; otherwise (a pipe, a log) a plain
/// line every 10% so the log stays readable.</summary>
internal sealed class ImportOutput(TextWriter output, bool terminal) : IProgress<ImportProgress>
{
    private int _lastShown = -1;

    public void Report(ImportProgress value)
    {
        var percent = value.Lines == 0 ? 100 : (int)(100L * value.Line / value.Lines);
        if (terminal)
        {
            if (percent == _lastShown) return;
            const int width = 40;
            var filled = width * percent / 100;
            output.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {percent,3}%  {value.Cases} cases");
        }
        else
        {
            if (percent / 10 == _lastShown / 10 && _lastShown >= 0) return;
            output.WriteLine($"{percent}% read, {value.Cases} cases");
        }
        _lastShown = percent;
    }

    public void Summary(ImportSummary summary)
    {
        if (terminal && _lastShown >= 0) output.WriteLine();
        if (summary.FileRefused is { } refused)
        {
            output.WriteLine($"The file was refused: {refused}");
            return;
        }
        output.WriteLine(summary.DryRun ? "Dry run: nothing was written. The import would have:" : "Import finished:");
        output.WriteLine($"  created   {summary.Created}");
        output.WriteLine($"  updated   {summary.Updated}");
        output.WriteLine($"  unchanged {summary.Unchanged}");
        output.WriteLine($"  refused   {summary.Refused}");
        Counts("Unknown values (their cases were refused; the import maps these lists in core/ComplaintsAssistant.Core/Import/ImportVocabulary.cs):", summary.UnknownValues);
        Counts("New values (kept as written; add them to the council's lists or map them):", summary.NewValues);
        if (summary.Issues.Count == 0) return;
        output.WriteLine("Issues:");
        foreach (var issue in summary.Issues) output.WriteLine($"  {(issue.Reference is null ? "" : issue.Reference + ", ")}{issue}");
        if (summary.MoreIssues > 0) output.WriteLine($"  … and {summary.MoreIssues} more");
    }

    private void Counts(string heading, IReadOnlyList<ValueCount> counts)
    {
        if (counts.Count == 0) return;
        output.WriteLine(heading);
        foreach (var c in counts) output.WriteLine($"  {c.List} ({c.Column}): '{c.Value}' ×{c.Count}");
    }
}
