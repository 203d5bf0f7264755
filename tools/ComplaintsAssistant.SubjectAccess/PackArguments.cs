namespace ComplaintsAssistant.SubjectAccess;

/// <summary>The command line: <c>pack REQUEST --by NAME [--out DIR] [--content-root DIR]</c>, or <c>requests</c>.</summary>
internal sealed record PackArguments(bool ListOnly, string? Request, string? By, string Out, string? ContentRoot)
{
    public const string Usage = """
        usage: dotnet run --project tools/ComplaintsAssistant.SubjectAccess -- requests [--content-root DIR]
               dotnet run --project tools/ComplaintsAssistant.SubjectAccess -- pack REQUEST --by NAME [--out DIR] [--content-root DIR]
          requests         lists the subject access requests with their due dates, soonest first
          pack REQUEST     builds the request's pack (its reference, e.g. SAR-2026-0001, or its id) as a zip in --out
                           (default: this folder), from the store the host uses (Store:Kind, Store:SqlitePath, … from the
                           host's appsettings.json and the environment)
          --by NAME        the complaints officer building it: every case read for the pack is in the access log under
                           this name
          --content-root   the host's folder, whose appsettings*.json and data/ are used (default bot/ComplaintsAssistant.Bot)
        Exit code: 0 when done, 1 when the request can't be packed (the reason is printed), 2 for a wrong command line.
        """;

    public static PackArguments Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0] is not ("pack" or "requests")) throw new ArgumentException("Say what to do: requests, or pack REQUEST --by NAME.");
        string? request = null, by = null, contentRoot = null;
        var output = Directory.GetCurrentDirectory();
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--by" when i + 1 < args.Count: by = args[++i]; break;
                case "--out" when i + 1 < args.Count: output = args[++i]; break;
                case "--content-root" when i + 1 < args.Count: contentRoot = args[++i]; break;
                case var name when name.StartsWith("--", StringComparison.Ordinal): throw new ArgumentException($"Unexpected option '{name}'.");
                case var value when args[0] == "pack" && request is null: request = value; break;
                default: throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            }
        }
        if (args[0] == "requests") return new PackArguments(true, null, null, output, contentRoot);
        if (string.IsNullOrWhiteSpace(request)) throw new ArgumentException("Name the request to pack: its reference (SAR-2026-0001) or id.");
        if (string.IsNullOrWhiteSpace(by)) throw new ArgumentException("Say who is building the pack (--by \"Your Name\"): the access log records who read each case.");
        return new PackArguments(false, request.Trim(), by.Trim(), output, contentRoot);
    }
}
