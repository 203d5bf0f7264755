namespace ComplaintsAssistant.Core.Import;

/// <summary>One case read from the file, or why it could not be read (then <see cref="Case"/> is null).</summary>
public sealed record ReadRecord(int Line, string? Reference, ImportedCase? Case, IReadOnlyList<ImportIssue> Issues)
{
    public static ReadRecord Read(ImportedCase read) => new(read.Where.Line, read.Reference, read, []);

    public static ReadRecord Refused(int line, string? reference, IReadOnlyList<ImportIssue> issues) => new(line, reference, null, issues);
}

/// <summary>A reader of one of the two forms. It reads the whole file's cases in order; a line it cannot read is a
/// refused record, and the rest are still read.</summary>
public interface IImportReader
{
    /// <exception cref="ImportFileRefusedException">The file as a whole can't be read (not UTF-8, a wrong CSV header).</exception>
    IEnumerable<ReadRecord> Read(Stream stream);
}
