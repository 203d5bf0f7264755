using System.Globalization;
using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Reports;
using ComplaintsAssistant.Reports.Rendering;

namespace ComplaintsAssistant.Report;

/// <summary>The command line: which report, for which year, in which format, from which SQLite file, into which folder.</summary>
internal sealed record ReportArguments(string Report, ReportingPeriod Year, ReportFormat Format, string SqlitePath, string OutputFolder,
    string? EntriesPath, int SmallNumbersBelow)
{
    public const string Usage = """
        usage: ca-report annual --year 2025-26 [--format docx|html|csv] [--out FOLDER] [--sqlite FILE] [--small-numbers-below 5]
               ca-report lgsco  --year 2025-26 --entries FILE.json [--format docx|html|csv] [--out FOLDER] [--sqlite FILE]
          Writes the annual report (2006 Regulations) or the LGSCO Code report for the whole council, the same files as
          GET /api/reports/annual and POST /api/reports/lgsco. --sqlite defaults to the host's file
          (bot/ComplaintsAssistant.Bot/data/complaints.db, or Store__SqlitePath); --entries is the JSON the API takes
          (selfAssessment and ombudsmanLetter); csv writes a zip of one CSV per table.
        """;

    public static ReportArguments Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0] is not ("annual" or "lgsco")) throw new ArgumentException("Say which report: annual or lgsco.");
        var values = new Dictionary<string, string>();
        for (var i = 1; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count) throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            values[args[i]] = args[++i];
        }
        var year = ReportYear.Parse(values.GetValueOrDefault("--year"));
        if (year.Error is { } badYear) throw new ArgumentException($"--year: {badYear.Message}");
        var format = ReportFile.ParseFormat(values.GetValueOrDefault("--format"));
        if (format.Error is { } badFormat) throw new ArgumentException($"--format: {badFormat.Message}");
        var sqlite = values.GetValueOrDefault("--sqlite") ?? Environment.GetEnvironmentVariable("Store__SqlitePath")
            ?? Path.Combine("bot", "ComplaintsAssistant.Bot", "data", "complaints.db");
        if (!File.Exists(sqlite)) throw new ArgumentException($"No SQLite file at {sqlite}: give the host's file with --sqlite.");
        var entries = values.GetValueOrDefault("--entries");
        if (args[0] == "lgsco" && (entries is null || !File.Exists(entries))) throw new ArgumentException("--entries FILE.json is required for the lgsco report (the self-assessment and the Ombudsman's letter figures).");
        var small = values.TryGetValue("--small-numbers-below", out var text)
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : throw new ArgumentException("--small-numbers-below must be a whole number, 1 or more.")
            : SmallNumbers.DefaultThreshold;
        return new ReportArguments(args[0], year.Value, format.Value, sqlite, values.GetValueOrDefault("--out") ?? ".", entries, small);
    }
}
