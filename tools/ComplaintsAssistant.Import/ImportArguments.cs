using ComplaintsAssistant.Core.Import;

namespace ComplaintsAssistant.Import;

/// <summary>The command line: <c>import FILE [--dry-run] [--format jsonl|csv] [--content-root DIR]</c>.</summary>
internal sealed record ImportArguments(string File, ImportFormat Format, bool DryRun, string? ContentRoot)
{
    public const string Usage = """
        usage: dotnet run --project tools/ComplaintsAssistant.Import -- import FILE [--dry-run] [--format jsonl|csv] [--content-root DIR]
          Imports past years' cases from FILE (JSON Lines or CSV, docs/import-format.md) into the store the host uses
          (Store:Kind, Store:SqlitePath, … from the host's appsettings.json and the environment, e.g. Store__SqlitePath=…).
          --dry-run        say what would happen; write nothing
          --format         the file's form, when its name doesn't end .jsonl, .ndjson or .csv
          --content-root   the host's folder, whose appsettings*.json and data/ are used (default bot/ComplaintsAssistant.Bot)
        Exit code: 0 when every case was imported, 1 when any was refused, 2 for a wrong command line.
        """;

    public static ImportArguments Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0] != "import") throw new ArgumentException("Say what to do: import FILE.");
        string? file = null, format = null, contentRoot = null;
        var dryRun = false;
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--dry-run": dryRun = true; break;
                case "--format" when i + 1 < args.Count: format = args[++i]; break;
                case "--content-root" when i + 1 < args.Count: contentRoot = args[++i]; break;
                case var name when name.StartsWith("--", StringComparison.Ordinal): throw new ArgumentException($"Unexpected option '{name}'.");
                case var path when file is null: file = path; break;
                default: throw new ArgumentException($"Unexpected argument '{args[i]}': one file at a time.");
            }
        }
        if (file is null) throw new ArgumentException("Name the file to import.");
        if (!System.IO.File.Exists(file)) throw new ArgumentException($"No file at {file}.");
        var form = format?.ToLowerInvariant() switch
        {
            null => ImportFormats.FromFileName(file) ?? throw new ArgumentException($"Can't tell the form of {file} from its name: add --format jsonl or --format csv."),
            "jsonl" or "ndjson" => ImportFormat.JsonLines,
            "csv" => ImportFormat.Csv,
            _ => throw new ArgumentException($"--format must be jsonl or csv, not '{format}'."),
        };
        return new ImportArguments(file, form, dryRun, contentRoot);
    }
}
