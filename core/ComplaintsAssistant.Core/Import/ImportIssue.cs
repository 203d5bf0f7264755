namespace ComplaintsAssistant.Core.Import;

/// <summary>Something wrong with a line of the file, said so an officer can find it and put it right.</summary>
/// <param name="Line">1-based line of the file where the value is (a CSV row may span lines: the line it starts on).</param>
/// <param name="Column">The CSV column or JSON key at fault (e.g. <c>stages[1].outcome</c>), or null for the whole line.</param>
/// <param name="Value">The value as written, when one is at fault.</param>
/// <param name="Reference">The old system's reference of the record, when known.</param>
public sealed record ImportIssue(int Line, string? Column, string? Value, string Reason, string? Reference = null)
{
    public override string ToString() =>
        $"line {Line}{(Column is null ? "" : $", {Column}")}{(Value is null ? "" : $" '{Value}'")}: {Reason}";
}

/// <summary>The file as a whole cannot be read (not UTF-8, a wrong CSV header): nothing in it is imported.</summary>
public sealed class ImportFileRefusedException(ImportIssue issue) : Exception(issue.ToString())
{
    public ImportIssue Issue { get; } = issue;
}
