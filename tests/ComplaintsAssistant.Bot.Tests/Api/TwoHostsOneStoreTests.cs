using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;
using ComplaintsAssistant.Store.Tests.Cosmos;

namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>
/// Two instances of the host on one store, as in Azure with more than one instance, driven with the same traffic: Teams'
/// install pair split between them welcomes once, cases logged through both at once all get their own reference, two
/// changes from the same read keep one and refuse the other (no lost write), and two deadline passes at once send each
/// prompt once. Run on a SQLite file and on the Cosmos test server.
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed class TwoHostsOneStoreTests(CosmosTestServer server) : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-two-hosts-").FullName;
    private FakeConnectorServer _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnectorServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    public static TheoryData<string> Stores() => new("Sqlite", "Cosmos");

    private (ApiHost A, ApiHost B) TwoHosts(string store)
    {
        var settings = store == "Sqlite"
            ? new Dictionary<string, string?> { ["Store:SqlitePath"] = Path.Combine(_folder, "shared.db") }
            : new Dictionary<string, string?>
            {
                ["Store:Kind"] = "Cosmos",
                ["Store:Cosmos:Endpoint"] = server.Endpoint.ToString(),
                ["Store:Cosmos:Key"] = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
                ["Store:Cosmos:Database"] = server.NewDatabaseOptions().Database,
                ["Store:Cosmos:AllowInsecureLocalCertificate"] = "true",
            };
        var a = new ApiHost(new(settings));
        return (a, new ApiHost(new(settings)));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task TeamsInstallPairSplitBetweenTheInstancesWelcomesOnce(string store)
    {
        var (a, b) = TwoHosts(store);
        using (a)
        using (b)
        {
            var install = TeamsFixtures.Load("installation-update-add.json", _connector.ServiceUrl);
            var added = TeamsFixtures.Load("conversation-update-bot-added.json", _connector.ServiceUrl);

            await Task.WhenAll(PostActivityAsync(a, install), PostActivityAsync(b, added));
            await Task.WhenAll(a.WhenChannelIdleAsync(), b.WhenChannelIdleAsync());

            Assert.Single(_connector.Snapshot());
        }
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task CasesLoggedThroughBothAtOnceEachGetTheirOwnReferenceAndNoChangeIsLost(string store)
    {
        var (a, b) = TwoHosts(store);
        using (a)
        using (b)
        {
            var created = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
                (i % 2 == 0 ? a : b).As("dev-officer").PostAsync("/api/cases", Json.Body(Json.Complaint()))));
            Assert.All(created, response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));
            var bodies = await Task.WhenAll(created.Select(r => r.ReadObjectAsync()));
            Assert.Equal(Enumerable.Range(1, 10).Select(n => $"CC-2026-{n:0000}"), bodies.Select(b => (string)b["case"]!["reference"]!).Order());

            // Both instances read the case, then both change it from that read: one change is kept, the other refused.
            var id = (string)bodies[0]["case"]!["id"]!;
            var read = await a.As("dev-officer").GetAsync($"/api/cases/{id}");
            var changes = await Task.WhenAll(
                AcknowledgeAsync(a, id, read.Headers.ETag!, "2026-05-05"),
                AcknowledgeAsync(b, id, read.Headers.ETag!, "2026-05-06"));
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], changes.Select(c => c.StatusCode).Order());
            var kept = changes.Single(c => c.StatusCode == HttpStatusCode.OK);
            Assert.Equal(kept.Headers.ETag, (await b.As("dev-officer").GetAsync($"/api/cases/{id}")).Headers.ETag);
            Assert.Equal(kept.Headers.ETag, (await a.As("dev-officer").GetAsync($"/api/cases/{id}")).Headers.ETag);
        }
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task TwoDeadlinePassesAtOnceSendEachPromptOnce(string store)
    {
        var (a, b) = TwoHosts(store);
        using (a)
        using (b)
        {
            // Received Monday 18 May: due Tuesday 2 June, the next working day after the hosts' Monday 1 June.
            var logged = await a.As("dev-officer").PostAsync("/api/cases", Json.Body(Json.Complaint(receivedOn: "2026-05-18")));
            Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
            var chats = new[] { await OpenChatAsync(a, "dev-manager"), await OpenChatAsync(b, "dev-manager") };
            var before = await Task.WhenAll(chats.Select(c => ActivitiesAsync(c.Host, c.Id, c.Token)));

            var passes = await Task.WhenAll(a.CreateClient().PostAsync("dev/prompts/run", null), b.CreateClient().PostAsync("dev/prompts/run", null));

            Assert.All(passes, pass => Assert.Equal(HttpStatusCode.OK, pass.StatusCode));
            var sent = (await Task.WhenAll(passes.Select(async p => ((JsonArray)(await p.ReadObjectAsync())["sent"]!).Select(Key).ToArray())))
                .SelectMany(keys => keys).ToArray();
            Assert.NotEmpty(sent);
            Assert.Equal(sent.Length, sent.Distinct().Count()); // no prompt from both instances
            var after = await Task.WhenAll(chats.Select(c => ActivitiesAsync(c.Host, c.Id, c.Token)));
            Assert.Equal(sent.Length, after.Zip(before, (x, y) => x - y).Sum()); // what the passes report is what arrived

            // And the same passes again, on either instance, send nothing more.
            var again = await Task.WhenAll(a.CreateClient().PostAsync("dev/prompts/run", null), b.CreateClient().PostAsync("dev/prompts/run", null));
            Assert.All(await Task.WhenAll(again.Select(async p => ((JsonArray)(await p.ReadObjectAsync())["sent"]!).Count)), count => Assert.Equal(0, count));
        }
    }

    private static string Key(JsonNode? sent) => $"{sent!["reference"]} {sent["clock"]} {sent["threshold"]} {sent["audience"]}";

    private static Task<HttpResponseMessage> PostActivityAsync(ApiHost host, string activity) =>
        host.CreateClient().PostAsync("/api/messages", Json.Body(activity));

    private static async Task<HttpResponseMessage> AcknowledgeAsync(ApiHost host, string id, EntityTagHeaderValue etag, string on)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{id}/acknowledgement") { Content = Json.Body($$"""{ "acknowledgedOn": "{{on}}" }""") };
        request.Headers.IfMatch.Add(etag);
        return await host.As("dev-officer").SendAsync(request);
    }

    private static async Task<(ApiHost Host, string Id, string Token)> OpenChatAsync(ApiHost host, string persona)
    {
        var http = host.CreateClient();
        var generated = await http.PostAsJsonAsync("v3/directline/tokens/generate", new JsonObject { ["user"] = new JsonObject { ["id"] = persona } });
        var token = (string)(await generated.Content.ReadFromJsonAsync<JsonObject>())!["token"]!;
        using var start = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var started = await http.SendAsync(start);
        return (host, (string)(await started.Content.ReadFromJsonAsync<JsonObject>())!["conversationId"]!, token);
    }

    private static async Task<int> ActivitiesAsync(ApiHost host, string id, string token)
    {
        await host.WhenChannelIdleAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v3/directline/conversations/{id}/activities");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return ((JsonArray)(await (await host.CreateClient().SendAsync(request)).Content.ReadFromJsonAsync<JsonObject>())!["activities"]!).Count;
    }
}
