using ComplaintsAssistant.Bench.Store;
using ComplaintsAssistant.Store.Cosmos;
using Microsoft.Azure.Cosmos;

namespace ComplaintsAssistant.Bench.Reports;

/// <summary>A throw-away database on the Cosmos test server (started here, or COSMOS_TEST_ENDPOINT), with every request
/// the SDK sends counted (<see cref="RequestMeter"/>, as bench/ComplaintsAssistant.Bench.Store counts them). The test
/// server charges a fixed 1 RU per request, so its RU is a request count.</summary>
internal sealed class CosmosReportStore : IAsyncDisposable
{
    private readonly LocalServer? _server;
    private readonly CosmosClient _client;
    private readonly CosmosStoreOptions _options;

    private CosmosReportStore(LocalServer? server, CosmosClient client, CosmosStoreOptions options, CosmosCaseStore store, RequestMeter meter) =>
        (_server, _client, _options, Store, Meter) = (server, client, options, store, meter);

    public CosmosCaseStore Store { get; }
    public RequestMeter Meter { get; }

    public static async Task<CosmosReportStore> StartAsync()
    {
        var local = Environment.GetEnvironmentVariable("COSMOS_TEST_ENDPOINT");
        var (endpoint, server) = string.IsNullOrWhiteSpace(local) ? await LocalServer.StartAsync(18182) : (new Uri(local), null);
        var options = new CosmosStoreOptions
        {
            Endpoint = endpoint,
            Key = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
            Database = $"bench-reports-{Guid.NewGuid():N}",
            AllowInsecureLocalCertificate = true,
        };
        var meter = new RequestMeter();
        var client = meter.Client(options);
        var store = new CosmosCaseStore(client, options);
        await store.EnsureReadyAsync();
        return new CosmosReportStore(server, client, options, store, meter);
    }

    public async ValueTask DisposeAsync()
    {
        await _client.GetDatabase(_options.Database).DeleteAsync();
        _client.Dispose();
        _server?.Dispose();
    }
}
