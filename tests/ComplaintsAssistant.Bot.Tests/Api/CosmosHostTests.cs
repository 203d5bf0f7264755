using System.Net;
using ComplaintsAssistant.Store.Tests.Cosmos;

namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>The host configured with <c>Store:Kind=Cosmos</c> serves the same API from the local Cosmos server.</summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosHostTests(CosmosTestServer server)
{
    private const string AKey = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

    private ApiHost CosmosHost(string database, Uri? endpoint = null, string key = AKey) => new(new()
    {
        ["Store:Kind"] = "Cosmos",
        ["Store:Cosmos:Endpoint"] = (endpoint ?? server.Endpoint).ToString(),
        ["Store:Cosmos:Key"] = key,
        ["Store:Cosmos:Database"] = database,
        ["Store:Cosmos:AllowInsecureLocalCertificate"] = "true",
    });

    [Fact]
    public async Task WithCosmosConfiguredACaseIsLoggedAndReadBackFromCosmos()
    {
        var database = server.NewDatabaseOptions().Database;
        using var host = CosmosHost(database);
        var officer = host.As("dev-officer");

        var created = await officer.PostAsync("/api/cases", Json.Body(Json.Complaint()));
        var listed = await (await officer.GetAsync("/api/cases?owner=dev-manager&open=true")).ReadArrayAsync();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("CC-2026-0001", (string?)Assert.Single(listed)!["reference"]);
        Assert.False(File.Exists(host.DatabasePath), "nothing should have gone to SQLite");
        Assert.NotNull(await server.Client.GetDatabase(database).ReadAsync());
    }

    /// <summary>The test server writes _etag quoted, as Azure does: the version must still round-trip through HTTP.</summary>
    [Fact]
    public async Task TheETagReadIsAValidEntityTagAndTheSameStringInIfMatchChangesTheCase()
    {
        using var host = CosmosHost(server.NewDatabaseOptions().Database);
        await ETagRoundTrip.AssertAsync(host.As("dev-officer"));
    }

    [Fact]
    public void AKeyThatIsNoAccountKeyStopsTheHostNamingTheSetting()
    {
        var failure = Assert.ThrowsAny<Exception>(() => CosmosHost(server.NewDatabaseOptions().Database, key: "abc").Dispose());
        Assert.Contains("Store:Cosmos:Key", Innermost(failure).Message);
    }

    /// <summary>An account that can't be reached (a closed loopback port): the host starts and says it is alive but
    /// not ready, and a request that needs the store is told to come back, not given a 500.</summary>
    [Fact]
    public async Task WithTheStoreUnreachableTheHostIsLiveNotReadyAndAnswers503WithRetryAfter()
    {
        using var host = CosmosHost(server.NewDatabaseOptions().Database, endpoint: Unreachable.CosmosEndpoint());
        var client = host.As("dev-officer");

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");
        var list = await client.GetAsync("/api/cases");
        var log = await client.PostAsync("/api/cases", Json.Body(Json.Complaint()));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(["store"], (await ready.ReadObjectAsync())["unavailable"]!.AsArray().Select(n => (string?)n));
        foreach (var response in new[] { list, log })
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After in seconds");
            var problem = await response.ReadObjectAsync();
            Assert.Equal(("store-unavailable", 503), ((string?)problem["rule"], (int?)problem["status"]));
            Assert.DoesNotContain("127.0.0.1", (string?)problem["detail"]);
        }
    }

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);
}
