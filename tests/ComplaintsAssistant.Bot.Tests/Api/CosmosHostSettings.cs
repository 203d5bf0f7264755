using ComplaintsAssistant.Store.Tests.Cosmos;

namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>A host's settings for the Cosmos store on the local test server, in a new database of its own.</summary>
internal static class CosmosHostSettings
{
    /// <summary>The emulator's published, well-known key; the test server accepts any key.</summary>
    private const string WellKnownKey = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

    public static Dictionary<string, string?> NewDatabase(CosmosTestServer server) => new()
    {
        ["Store:Kind"] = "Cosmos",
        ["Store:Cosmos:Endpoint"] = server.Endpoint.ToString(),
        ["Store:Cosmos:Key"] = WellKnownKey,
        ["Store:Cosmos:Database"] = server.NewDatabaseOptions().Database,
        ["Store:Cosmos:AllowInsecureLocalCertificate"] = "true",
    };
}
