using System.Globalization;
using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Reports;
using ComplaintsAssistant.Reports.Rendering;
using Microsoft.Extensions.Configuration;

namespace ComplaintsAssistant.Report;

/// <summary>The command line: which report, for which year, in which format, from which store, into which folder.</summary>
internal sealed record ReportArguments(string Report, ReportingPeriod Year, ReportFormat Format, ReportStoreKind Store, string SqlitePath,
    string OutputFolder, string? EntriesPath, int SmallNumbersBelow)
{
    public const string Usage = """
        usage: ca-report annual --year 2025-26 [--format docx|html|csv] [--out FOLDER] [--store sqlite|cosmos] [--sqlite FILE] [--small-numbers-below 5]
               ca-report lgsco  --year 2025-26 --entries FILE.json [--format docx|html|csv] [--out FOLDER] [--store sqlite|cosmos] [--sqlite FILE]
          Writes the annual report (2006 Regulations) or the LGSCO Code report for the whole council, the same files as
          GET /api/reports/annual and POST /api/reports/lgsco. --store defaults to the host's Store__Kind (else sqlite).
          sqlite: --sqlite defaults to the host's file (bot/ComplaintsAssistant.Bot/data/complaints.db, or Store__SqlitePath).
          cosmos: the host's settings from the environment (Store__Cosmos__Endpoint, Store__Cosmos__Key or
          Store__Cosmos__UseManagedIdentity=true, Store__Cosmos__Database, ...); the database is read, never created.
          --entries is the JSON the API takes (selfAssessment and ombudsmanLetter); csv writes a zip of one CSV per table.
        """;

    /// <param name="host">The host's settings (Store:Kind, Store:SqlitePath), for what the command line leaves out.</param>
    public static ReportArguments Parse(IReadOnlyList<string> args, IConfiguration host)
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
        var store = (values.GetValueOrDefault("--store") ?? host["Store:Kind"] ?? "sqlite").ToLowerInvariant() switch
        {
            "sqlite" => ReportStoreKind.Sqlite,
            "cosmos" => ReportStoreKind.Cosmos,
            var other => throw new ArgumentException($"--store: '{other}' is not a store: say sqlite or cosmos."),
        };
        var sqlite = values.GetValueOrDefault("--sqlite") ?? host["Store:SqlitePath"]
            ?? Path.Combine("bot", "ComplaintsAssistant.Bot", "data", "complaints.db");
        if (store == ReportStoreKind.Sqlite && !File.Exists(sqlite)) throw new ArgumentException($"No SQLite file at {sqlite}: give the host's file with --sqlite.");
        var entries = values.GetValueOrDefault("--entries");
        if (args[0] == "lgsco" && (entries is null || !File.Exists(entries))) throw new ArgumentException("--entries FILE.json is required for the lgsco report (the self-assessment and the Ombudsman's letter figures).");
        var small = values.TryGetValue("--small-numbers-below", out var text)
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : throw new ArgumentException("--small-numbers-below must be a whole number, 1 or more.")
            : SmallNumbers.DefaultThreshold;
        return new ReportArguments(args[0], year.Value, format.Value, store, sqlite, values.GetValueOrDefault("--out") ?? ".", entries, small);
    }
}
