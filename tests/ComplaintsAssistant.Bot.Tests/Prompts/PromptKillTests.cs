using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Deadlines;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace ComplaintsAssistant.Bot.Tests.Prompts;

/// <summary>The built host killed with SIGKILL part-way through sending a prompt, then started again on the same SQLite file
/// later (<c>Dev:Now</c> past the 5-minute lease): a prompt the try-out chat may already show is never sent again and is
/// listed in doubt; a prompt that was only claimed is sent once.
/// <para>In local development mode prompts go into the in-memory Web Chat, not through a connector, so there is no call in
/// flight to hold the process in. Instead the test makes the SQLite file refuse the host's next ledger write (a trigger
/// the test adds to the file, nothing in the product): the host stops at exactly that point, and is then killed with
/// nothing written after it: the file is as a kill at that instant leaves it.</para></summary>
public sealed class PromptKillTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-kill-").FullName;
    private string Database => Path.Combine(_folder, "cases.db");

    // Monday 1 June 2026, 10:00 in London; the restart an hour later, long past the lease.
    private const string Before = "2026-06-01T10:00:00+01:00";
    private const string After = "2026-06-01T11:00:00+01:00";

    [Fact]
    public async Task A_host_killed_after_sending_but_before_recording_it_never_sends_it_again_and_it_is_listed_in_doubt()
    {
        await using (var first = await StartAsync(Before))
        {
            await LogCaseDueTomorrowAsync(first);
            var chat = await OpenChatAsync(first, "dev-manager");
            await RefuseLedgerWritesOfAsync(PromptState.Sent);

            Assert.Equal(HttpStatusCode.InternalServerError, (await first.Http.PostAsync("dev/prompts/run", null)).StatusCode);
            Assert.Single(await CardsAsync(first, chat));
            await first.KillAsync();
        }
        await AllowLedgerWritesAsync();

        await using var second = await StartAsync(After);
        var again = await OpenChatAsync(second, "dev-manager");
        Assert.Empty((JsonArray)(await RunAsync(second))["sent"]!);
        Assert.Empty(await CardsAsync(second, again));

        var entry = Assert.Single(await UnsentAsync());
        Assert.Equal((PromptState.Sending, "CC-2026-0001"), (entry.State, entry.Reference));
        Assert.True(PromptClaims.InDoubt(entry, DateTimeOffset.Parse(After, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task A_host_killed_after_claiming_but_before_sending_leaves_the_prompt_to_the_next_host_which_sends_it_once()
    {
        await using (var first = await StartAsync(Before))
        {
            await LogCaseDueTomorrowAsync(first);
            var chat = await OpenChatAsync(first, "dev-manager");
            await RefuseLedgerWritesOfAsync(PromptState.Sending);

            Assert.Equal(HttpStatusCode.InternalServerError, (await first.Http.PostAsync("dev/prompts/run", null)).StatusCode);
            Assert.Empty(await CardsAsync(first, chat));
            await first.KillAsync();
        }
        await AllowLedgerWritesAsync();
        Assert.Equal(PromptState.Claimed, Assert.Single(await UnsentAsync()).State);

        await using var second = await StartAsync(After);
        var again = await OpenChatAsync(second, "dev-manager");
        var sent = Assert.Single((JsonArray)(await RunAsync(second))["sent"]!);
        Assert.Equal(("CC-2026-0001", -1), ((string)sent!["reference"]!, (int)sent["threshold"]!));
        Assert.Empty((JsonArray)(await RunAsync(second))["sent"]!);

        Assert.Single(await CardsAsync(second, again));
        Assert.Empty(await UnsentAsync());
    }

    private Task<BotProcess> StartAsync(string now) =>
        BotProcess.StartAsync("--Store:SqlitePath", Database, "--Dev:Now", now, "--Prompts:Background", "false");

    /// <summary>Received Monday 18 May: 10 working days end Tuesday 2 June (25 May is the spring bank holiday), so on
    /// 1 June its owner is prompted that it is due on the next working day.</summary>
    private static async Task LogCaseDueTomorrowAsync(BotProcess host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/cases")
        {
            Content = JsonContent.Create(new JsonObject
            {
                ["kind"] = "statutoryComplaint", ["receivedOn"] = "2026-05-18", ["acknowledgedOn"] = "2026-05-19", ["howReceived"] = "email",
                ["team"] = "Children in Care", ["owner"] = "dev-manager",
                ["complainant"] = new JsonObject { ["relationship"] = "parent" }, ["concerns"] = new JsonArray("Lack of communication"),
            }),
        };
        request.Headers.Add("X-Dev-Persona", "dev-officer");
        Assert.Equal(HttpStatusCode.Created, (await host.Http.SendAsync(request)).StatusCode);
    }

    private static async Task<(string Id, string Token)> OpenChatAsync(BotProcess host, string persona)
    {
        var generated = await host.Http.PostAsJsonAsync("v3/directline/tokens/generate", new JsonObject { ["user"] = new JsonObject { ["id"] = persona } });
        var token = (string)(await generated.Content.ReadFromJsonAsync<JsonObject>())!["token"]!;
        using var start = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var started = await host.Http.SendAsync(start);
        return ((string)(await started.Content.ReadFromJsonAsync<JsonObject>())!["conversationId"]!, token);
    }

    /// <summary>The prompt cards in the chat (the welcome is text).</summary>
    private static async Task<List<JsonNode>> CardsAsync(BotProcess host, (string Id, string Token) chat)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v3/directline/conversations/{chat.Id}/activities");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", chat.Token);
        var activities = (JsonArray)(await (await host.Http.SendAsync(request)).Content.ReadFromJsonAsync<JsonObject>())!["activities"]!;
        return [.. activities.SelectMany(a => (a!["attachments"] as JsonArray ?? []).Select(att => att!["content"]!))
            .Where(card => card!.ToJsonString().Contains("CC-2026-0001", StringComparison.Ordinal))!];
    }

    private static async Task<JsonObject> RunAsync(BotProcess host)
    {
        var run = await host.Http.PostAsync("dev/prompts/run", null);
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        return (await run.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>The case's prompts not yet sent (Monday is also the officers' digest day: the digest has its own entry).</summary>
    private async Task<IReadOnlyList<PromptEntry>> UnsentAsync() =>
        [.. (await SqliteCaseStore.Open(Database).ListUnsentPromptsAsync(10)).Where(entry => entry.Reference.StartsWith("CC-", StringComparison.Ordinal))];

    /// <summary>The file refuses the write that would move a prompt to <paramref name="state"/>: the host stops there.</summary>
    private Task RefuseLedgerWritesOfAsync(PromptState state) => ExecuteAsync(
        $"CREATE TRIGGER stop_here BEFORE UPDATE ON Prompts WHEN NEW.State = '{state}' BEGIN SELECT RAISE(ABORT, 'the host stops here'); END;");

    private Task AllowLedgerWritesAsync() => ExecuteAsync("DROP TRIGGER stop_here;");

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
