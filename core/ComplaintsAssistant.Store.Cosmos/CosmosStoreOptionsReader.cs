using Microsoft.Extensions.Configuration;

namespace ComplaintsAssistant.Store.Cosmos;

/// <summary>Reads <see cref="CosmosStoreOptions"/> from a configuration section by hand (no binder package),
/// so a malformed value fails naming its full key rather than being silently ignored.</summary>
public static class CosmosStoreOptionsReader
{
    public static CosmosStoreOptions Read(IConfiguration section)
    {
        var path = (section as IConfigurationSection)?.Path ?? "Store:Cosmos";
        var options = new CosmosStoreOptions
        {
            Endpoint = Uri(section, path, "Endpoint"),
            Key = section["Key"],
            UseManagedIdentity = Bool(section, path, "UseManagedIdentity") ?? false,
            ManagedIdentityClientId = section["ManagedIdentityClientId"],
            CreateIfMissing = Bool(section, path, "CreateIfMissing") ?? true,
            AllowInsecureLocalCertificate = Bool(section, path, "AllowInsecureLocalCertificate") ?? false,
            PreferredRegions = (section["PreferredRegions"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };
        if (section["Database"] is { Length: > 0 } database) options.Database = database;
        if (section["CasesContainer"] is { Length: > 0 } cases) options.CasesContainer = cases;
        if (section["MetaContainer"] is { Length: > 0 } meta) options.MetaContainer = meta;
        options.Validate(path);
        return options;
    }

    private static Uri? Uri(IConfiguration section, string path, string key) =>
        section[key] is not { Length: > 0 } text ? null
        : System.Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? uri
        : throw new InvalidOperationException($"{path}:{key} must be an absolute https URL.");

    private static bool? Bool(IConfiguration section, string path, string key) =>
        section[key] is not { Length: > 0 } text ? null
        : bool.TryParse(text, out var value) ? value
        : throw new InvalidOperationException($"{path}:{key} must be true or false.");
}
