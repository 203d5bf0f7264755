namespace ComplaintsAssistant.Core.Import;

/// <summary>The two forms of import-format.md: complete records, one per line, or one spreadsheet row per stage.</summary>
public enum ImportFormat
{
    JsonLines,
    Csv,
}

public static class ImportFormats
{
    public const string JsonLinesMediaType = "application/x-ndjson";
    public const string CsvMediaType = "text/csv";

    /// <summary>The form a file name says (<c>.jsonl</c>, <c>.ndjson</c>, <c>.csv</c>), or null.</summary>
    public static ImportFormat? FromFileName(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jsonl" or ".ndjson" => ImportFormat.JsonLines,
        ".csv" => ImportFormat.Csv,
        _ => null,
    };

    /// <summary>The form a media type says, or null.</summary>
    public static ImportFormat? FromMediaType(string? mediaType) => mediaType?.ToLowerInvariant() switch
    {
        JsonLinesMediaType => ImportFormat.JsonLines,
        CsvMediaType => ImportFormat.Csv,
        _ => null,
    };
}
