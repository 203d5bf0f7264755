using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;
using ComplaintsAssistant.Bot.Tests.Prompts;
using Microsoft.Data.Sqlite;

namespace ComplaintsAssistant.Deploy.Tests.Publish;

/// <summary>What ships is what is tested: the published host (trimmed, self-contained, ReadyToRun) answers a Teams
/// message with a card, logs and reads a case, refuses bad input naming the field, drafts a case from an email, and
/// produces the figures, the annual report and its OpenAPI document — the parts that lean on reflection, which trimming
/// could break where the in-process tests can't see it.</summary>
public sealed class PublishedHostTests(PublishedHost host) : IClassFixture<PublishedHost>
{
    [Fact]
    public void TheHostIsPublishedSelfContainedAndTrimmed()
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(host.Folder, "ComplaintsAssistant.Bot.runtimeconfig.json")))!;
        Assert.NotNull(config["runtimeOptions"]!["includedFrameworks"]);
        Assert.True(File.Exists(Path.Combine(host.Folder, "System.Private.CoreLib.dll")));
        // Trimmed: a framework library the host uses little of is smaller than the framework's own copy, beside this test.
        var shared = new FileInfo(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "System.Private.Xml.dll")).Length;
        Assert.True(new FileInfo(Path.Combine(host.Folder, "System.Private.Xml.dll")).Length < shared * 0.9);
    }

    [Fact]
    public async Task ATeamsMessageFromStaffIsAnsweredWithACard()
    {
        var message = TeamsMessage(host.Connector.ServiceUrl, "Young person says their social worker changed three times this year and they were not told why");

        var posted = await host.Http.PostAsJsonAsync("api/messages", message);
        var reply = (await host.Connector.WaitForAsync(1))[0].Body!;

        Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync());
        var card = reply["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)card["contentType"]);
        Assert.Contains("social worker changed three times", card["content"]!.ToJsonString());
    }

    [Fact]
    public async Task ACaseLoggedThroughTheApiIsReadBackWithItsDueDate()
    {
        var logged = await host.Http.PostAsync("api/cases", Json("""
            {
              "kind": "statutoryComplaint", "receivedOn": "2026-05-18", "howReceived": "email", "team": "Children in Care",
              "owner": "dev-manager", "complainant": { "relationship": "parent", "name": "A Parent" },
              "concerns": [ "Lack of communication" ], "summary": "Nobody has visited since March."
            }
            """));
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        var id = (string)(await logged.Content.ReadFromJsonAsync<JsonObject>())!["case"]!["id"]!;

        var read = await host.Http.GetFromJsonAsync<JsonObject>($"api/cases/{id}");

        // 10 working days from Monday 18 May 2026, over the spring bank holiday on 25 May.
        Assert.Contains("2026-06-02", read!.ToJsonString());
        Assert.Equal("statutoryComplaint", (string?)read["case"]!["kind"]);
    }

    [Fact]
    public async Task AMisspeltFieldIsRefusedNamingIt()
    {
        var refused = await host.Http.PostAsync("api/cases", Json("""{ "kind": "statutoryComplaint", "recievedOn": "2026-05-18" }"""));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("recievedOn", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnEmailIsReadIntoADraftCase()
    {
        var eml = """
            From: "A Parent" <parent@mail.example.net>
            To: complaints@council.example.gov.uk
            Subject: Complaint about my son's social worker
            Date: Mon, 18 May 2026 09:30:00 +0100
            Message-ID: <published-1@mail.example.net>
            Content-Type: text/html; charset=utf-8

            <p>I want to make a <b>formal complaint</b>. Nobody has visited my son since March.</p>
            """.ReplaceLineEndings("\r\n");
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(eml));
        content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");

        var drafted = await host.Http.PostAsync("api/intake/email", content);

        var body = await drafted.Content.ReadAsStringAsync();
        Assert.True(drafted.StatusCode == HttpStatusCode.OK, body);
        Assert.Contains("2026-05-18", body);
        Assert.Contains("Nobody has visited my son since March", body);
    }

    [Theory]
    [InlineData("api/figures?period=2026-27", "application/json")]
    [InlineData("api/reports/annual?year=2026-27&format=docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("api/reports/annual?year=2026-27&format=html", "text/html")]
    [InlineData("openapi/v1.json", "application/json")]
    public async Task FiguresReportsAndTheApiDocumentAreProduced(string path, string mediaType)
    {
        var response = await host.Http.GetAsync(path);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000);
    }

    /// <summary>Idle memory (docs/bench.md): a host restarted on an up-to-date file that has only chatted since has not
    /// loaded EF Core (about 16 MB), not even for the conversation reference it wrote; the first case it logs loads it.</summary>
    [Fact]
    public async Task AHostRestartedOnAnUpToDateFileThatHasOnlyChattedHasNotLoadedEfCore()
    {
        var store = host.NewStoreFile();
        await using (await host.StartAnotherAsync(store)) { } // the first start brings the file up to date
        await using var connector = await FakeConnectorServer.StartAsync();
        await using var restarted = await host.StartAnotherAsync(store);

        await restarted.Http.PostAsJsonAsync("api/messages", TeamsMessage(connector.ServiceUrl, "Compliment: the family thanked the duty team"));
        await connector.WaitForAsync(1);
        await ConversationWrittenAsync(store);

        Assert.DoesNotContain("Microsoft.EntityFrameworkCore", LoadedFiles(restarted));
        Assert.Equal(HttpStatusCode.OK, (await restarted.Http.GetAsync("api/cases")).StatusCode);
        Assert.Contains("Microsoft.EntityFrameworkCore", LoadedFiles(restarted));
    }

    private static string LoadedFiles(BotProcess process) => File.ReadAllText($"/proc/{process.ProcessId}/maps");

    /// <summary>The reference is written behind the reply: checks the file each time it (or its WAL) changes, until it has
    /// the row, within the hang limit. The watcher starts before the first check, so no write falls between them.</summary>
    private static async Task ConversationWrittenAsync(string store)
    {
        using var changes = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(Path.GetDirectoryName(store)!, Path.GetFileName(store) + "*");
        watcher.Changed += (_, _) => changes.Release();
        watcher.Created += (_, _) => changes.Release();
        watcher.EnableRaisingEvents = true;
        var connection = new SqliteConnectionStringBuilder { DataSource = store, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        async Task<bool> WrittenAsync()
        {
            await using var db = new SqliteConnection(connection);
            await db.OpenAsync();
            await using var count = db.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM Conversations";
            return (long)(await count.ExecuteScalarAsync())! > 0;
        }
        while (!await WrittenAsync()) await changes.WaitAsync().WithinHangLimit();
    }

    private static JsonObject TeamsMessage(string serviceUrl, string text) => new()
    {
        ["type"] = "message",
        ["id"] = "1701",
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["text"] = text,
        ["textFormat"] = "plain",
        ["from"] = new JsonObject { ["id"] = "29:1-published", ["name"] = "Sam Carter", ["aadObjectId"] = PublishedHost.StaffObjectId },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["id"] = "a:1-published", ["tenantId"] = "11111111-2222-3333-4444-555555555555" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "ComplaintsAssistant" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "11111111-2222-3333-4444-555555555555" } },
        ["locale"] = "en-GB",
    };

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
