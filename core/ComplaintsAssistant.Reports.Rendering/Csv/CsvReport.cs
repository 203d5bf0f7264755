using System.IO.Compression;
using System.Text.RegularExpressions;
using ComplaintsAssistant.Core.Reports;

namespace ComplaintsAssistant.Reports.Rendering.Csv;

/// <summary>A report's tables as CSV, one file per table named by its id (<c>statutory.stage1.within_10_wd.csv</c>), in a
/// zip with <c>tables.csv</c> listing each file's caption and how it was counted. Each file is the table alone: its header
/// row, then one row per line of the table, so it loads straight into Excel or a script.</summary>
public static partial class CsvReport
{
    public const string ContentType = "application/zip";
    public const string Index = "tables.csv";

    public static byte[] Write(ReportDocument report)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var tables = report.Tables.ToArray();
            Add(zip, Index, CsvTable.Write([["File", "Table", "How counted"], .. tables.Select(t => (IReadOnlyList<string>)[FileName(t), t.Caption, t.Note ?? ""])]));
            foreach (var table in tables) Add(zip, FileName(table), Table(table));
        }
        return stream.ToArray();
    }

    public static byte[] Table(ReportTable table) =>
        CsvTable.Write([table.Columns, .. table.Rows.Select(r => (IReadOnlyList<string>)[r.Heading, .. r.Cells.Select(Plain)])]);

    /// <summary>"1,379" as 1379: a count is a number to a spreadsheet or a script, whatever the locale.</summary>
    private static string Plain(string cell) => GroupedCount().IsMatch(cell) ? cell.Replace(",", "", StringComparison.Ordinal) : cell;

    [GeneratedRegex(@"^\d{1,3}(,\d{3})+$")]
    private static partial Regex GroupedCount();

    public static string FileName(ReportTable table) => $"{table.Id}.csv";

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        // A fixed time, so the same report gives the same zip.
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var output = entry.Open();
        output.Write(content);
    }
}
