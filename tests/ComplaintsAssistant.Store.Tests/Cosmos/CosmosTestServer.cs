using ComplaintsAssistant.Store.Cosmos;
using Microsoft.Azure.Cosmos;

namespace ComplaintsAssistant.Store.Tests.Cosmos;

/// <summary>The local Cosmos stand-in (tools/cosmos-test-server) for the whole test run. Uses the server named by
/// COSMOS_TEST_ENDPOINT when the test script started one; otherwise starts its own on a free port and stops it
/// at the end, so a plain <c>dotnet test</c> works. If no server can be had, tests fail saying why: never skipped.</summary>
public sealed class CosmosTestServer : IAsyncLifetime
{
    public const string EndpointVariable = "COSMOS_TEST_ENDPOINT";
    /// <summary>The emulator's published, well-known key; the stand-in accepts any key.</summary>
    private const string WellKnownKey = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

    private LocalServer? _server;
    private CosmosClient? _client;

    public Uri Endpoint { get; private set; } = null!;

    public CosmosClient Client => _client ?? throw new InvalidOperationException("The Cosmos test server is not started.");

    /// <summary>Settings for a store in its own new database, so every test starts empty.</summary>
    public CosmosStoreOptions NewDatabaseOptions() => new()
    {
        Endpoint = Endpoint,
        Key = WellKnownKey,
        Database = $"test-{Guid.NewGuid():N}",
        AllowInsecureLocalCertificate = true,
    };

    public CosmosCaseStore NewStore() => new(Client, NewDatabaseOptions());

    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EndpointVariable);
        Endpoint = string.IsNullOrWhiteSpace(configured) ? await StartAsync() : new Uri(configured);
        var options = NewDatabaseOptions();
        _client = CosmosClientFactory.Create(options);
        try
        {
            await _client.ReadAccountAsync();
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"The Cosmos test server at {Endpoint} does not answer ({e.GetType().Name}). " +
                $"Start it with tools/cosmos-test-server/start.sh and set {EndpointVariable}, or unset it to let the tests start one.", e);
        }
    }

    public Task DisposeAsync()
    {
        _client?.Dispose();
        _server?.Stop();
        return Task.CompletedTask;
    }

    private async Task<Uri> StartAsync()
    {
        _server = await LocalServer.StartAsync("tools/cosmos-test-server/start.sh", "The Cosmos test server", TimeSpan.FromMinutes(3));
        return new Uri($"https://127.0.0.1:{_server.Port}/");
    }
}

[CollectionDefinition(Name)]
public sealed class CosmosCollection : ICollectionFixture<CosmosTestServer>
{
    public const string Name = "Cosmos test server";
}
