using System.Text;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Reports;
using ComplaintsAssistant.Reports.Rendering.Csv;
using ComplaintsAssistant.Reports.Rendering.Html;
using ComplaintsAssistant.Reports.Rendering.Word;

namespace ComplaintsAssistant.Reports.Rendering;

public enum ReportFormat { Docx, Html, Csv }

/// <summary>A report written as a file: the API's download and the command's output are the same bytes.</summary>
/// <param name="FileName">"annual-report-2025-26.docx"; the CSV rendering is a zip of one CSV per table.</param>
public sealed record ReportFile(byte[] Content, string ContentType, string FileName)
{
    public static Result<ReportFormat> ParseFormat(string? format) => format?.Trim().ToLowerInvariant() switch
    {
        null or "" or "docx" => ReportFormat.Docx,
        "html" => ReportFormat.Html,
        "csv" => ReportFormat.Csv,
        _ => DomainError.Invalid("format", "format-unknown", $"\"{format}\" is not a format the report comes in: docx (Word), html or csv (a zip of one CSV per table)."),
    };

    /// <param name="name">The file's name without extension: "annual-report-2025-26".</param>
    public static ReportFile Of(ReportDocument report, ReportFormat format, string name) => format switch
    {
        ReportFormat.Html => new(Encoding.UTF8.GetBytes(HtmlReport.Write(report)), HtmlReport.ContentType, $"{name}.html"),
        ReportFormat.Csv => new(CsvReport.Write(report), CsvReport.ContentType, $"{name}-tables.zip"),
        _ => new(WordReport.Write(report), WordReport.ContentType, $"{name}.docx"),
    };
}
