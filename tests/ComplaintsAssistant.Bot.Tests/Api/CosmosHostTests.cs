using System.Net;
using ComplaintsAssistant.Store.Tests.Cosmos;

namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>The host configured with <c>Store:Kind=Cosmos</c> serves the same API from the local Cosmos server.</summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosHostTests(CosmosTestServer server)
{
    [Fact]
    public async Task WithCosmosConfiguredACaseIsLoggedAndReadBackFromCosmos()
    {
        var database = server.NewDatabaseOptions().Database;
        using var host = new ApiHost(new()
        {
            ["Store:Kind"] = "Cosmos",
            ["Store:Cosmos:Endpoint"] = server.Endpoint.ToString(),
            ["Store:Cosmos:Key"] = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
            ["Store:Cosmos:Database"] = database,
            ["Store:Cosmos:AllowInsecureLocalCertificate"] = "true",
        });
        var officer = host.As("dev-officer");

        var created = await officer.PostAsync("/api/cases", Json.Body(Json.Complaint()));
        var listed = await (await officer.GetAsync("/api/cases?owner=dev-manager&open=true")).ReadArrayAsync();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("CC-2026-0001", (string?)Assert.Single(listed)!["reference"]);
        Assert.False(File.Exists(host.DatabasePath), "nothing should have gone to SQLite");
        Assert.NotNull(await server.Client.GetDatabase(database).ReadAsync());
    }
}
