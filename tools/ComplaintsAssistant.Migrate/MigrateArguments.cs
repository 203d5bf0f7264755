using ComplaintsAssistant.Store.Cosmos;

namespace ComplaintsAssistant.Migrate;

/// <summary>The command line. The key may come from COSMOS_KEY instead, to keep it out of shell history.</summary>
internal sealed record MigrateArguments(string SqlitePath, CosmosStoreOptions Cosmos)
{
    public const string Usage = """
        usage: ca-migrate --sqlite FILE --endpoint URL [--key KEY | --managed-identity [--client-id ID]]
                          [--database complaints] [--cases-container cases] [--meta-container meta]
                          [--no-create] [--insecure-local-certificate]
          Copies every case and sequence from the SQLite file into Cosmos DB. Safe to re-run.
          The key may instead be given in the environment variable COSMOS_KEY.
        """;

    public static MigrateArguments Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>();
        var flags = new HashSet<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "--managed-identity" or "--no-create" or "--insecure-local-certificate") flags.Add(name);
            else if (name.StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Count) values[name] = args[++i];
            else throw new ArgumentException($"Unexpected argument '{name}'.");
        }
        string? Value(string name) => values.GetValueOrDefault(name);
        var sqlite = Value("--sqlite") ?? throw new ArgumentException("--sqlite FILE is required.");
        if (!File.Exists(sqlite)) throw new ArgumentException($"No SQLite file at {sqlite}.");
        var endpoint = Value("--endpoint") ?? throw new ArgumentException("--endpoint URL is required.");

        var options = new CosmosStoreOptions
        {
            Endpoint = Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) ? uri : throw new ArgumentException("--endpoint must be an absolute URL."),
            Key = flags.Contains("--managed-identity") ? null : Value("--key") ?? Environment.GetEnvironmentVariable("COSMOS_KEY"),
            UseManagedIdentity = flags.Contains("--managed-identity"),
            ManagedIdentityClientId = Value("--client-id"),
            CreateIfMissing = !flags.Contains("--no-create"),
            AllowInsecureLocalCertificate = flags.Contains("--insecure-local-certificate"),
        };
        if (Value("--database") is { } database) options.Database = database;
        if (Value("--cases-container") is { } cases) options.CasesContainer = cases;
        if (Value("--meta-container") is { } meta) options.MetaContainer = meta;
        options.Validate("--");
        return new MigrateArguments(sqlite, options);
    }
}
