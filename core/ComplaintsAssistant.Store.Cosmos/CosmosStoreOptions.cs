namespace ComplaintsAssistant.Store.Cosmos;

/// <summary>How to reach the Cosmos DB account (configuration section <c>Store:Cosmos</c>).</summary>
public sealed class CosmosStoreOptions
{
    /// <summary>The account endpoint, e.g. <c>https://council-complaints.documents.azure.com:443/</c>.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The account key. Leave empty with <see cref="UseManagedIdentity"/>.</summary>
    public string? Key { get; set; }

    /// <summary>Authenticate with Microsoft Entra ID (the app's managed identity, or a developer's az login)
    /// instead of a key. The identity needs the "Cosmos DB Built-in Data Contributor" data-plane role.</summary>
    public bool UseManagedIdentity { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    public string Database { get; set; } = "complaints";

    /// <summary>One item per case: the case and everything about it.</summary>
    public string CasesContainer { get; set; } = "cases";

    /// <summary>Small items that make writes safe without transactions: sequence counters,
    /// intake-key claims, conversation references.</summary>
    public string MetaContainer { get; set; } = "meta";

    /// <summary>Azure regions to read from, nearest first (e.g. "UK South", "UK West"). Empty: only the endpoint.</summary>
    public IList<string> PreferredRegions { get; set; } = [];

    /// <summary>Create the database and containers (with their indexing policy) on start-up. Needs a key:
    /// Entra data-plane roles cannot create containers, so with a managed identity provision them beforehand.</summary>
    public bool CreateIfMissing { get; set; } = true;

    /// <summary>Accept a self-signed certificate. Only for the local test server; refused for non-loopback endpoints.</summary>
    public bool AllowInsecureLocalCertificate { get; set; }

    /// <summary>Fails fast, naming the configuration key at fault.</summary>
    public void Validate(string section = "Store:Cosmos")
    {
        if (Endpoint is null) throw new InvalidOperationException($"{section}:Endpoint is required when Store:Kind is Cosmos.");
        if (!UseManagedIdentity && string.IsNullOrWhiteSpace(Key))
            throw new InvalidOperationException($"{section}:Key is required unless {section}:UseManagedIdentity is true.");
        if (UseManagedIdentity && !string.IsNullOrWhiteSpace(Key))
            throw new InvalidOperationException($"Set either {section}:Key or {section}:UseManagedIdentity, not both.");
        // The client would accept any string and fail on the first request; the value itself is never echoed (a secret).
        if (!UseManagedIdentity && !IsAccountKey(Key!))
            throw new InvalidOperationException($"{section}:Key is not a Cosmos DB account key: copy the primary or secondary key " +
                "from the account's Keys page (base64, 88 characters ending in ==).");
        if (AllowInsecureLocalCertificate && !Endpoint.IsLoopback)
            throw new InvalidOperationException($"{section}:AllowInsecureLocalCertificate is only allowed for a loopback endpoint.");
        foreach (var (name, value) in new[] { ("Database", Database), ("CasesContainer", CasesContainer), ("MetaContainer", MetaContainer) })
            if (string.IsNullOrWhiteSpace(value)) throw new InvalidOperationException($"{section}:{name} must not be empty.");
    }

    /// <summary>Account keys are base64 (the SDK signs each request with an HMAC keyed on the decoded bytes).</summary>
    private static bool IsAccountKey(string key) =>
        Convert.TryFromBase64String(key, new byte[key.Length], out var length) && length > 0;
}
