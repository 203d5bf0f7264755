using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Hosting;
using ComplaintsAssistant.Bot.Tests.Api;
using Microsoft.Extensions.Configuration;

namespace ComplaintsAssistant.Bot.Tests.Prompts;

/// <summary>The README's walk-through over real HTTP: the owner persona, in the try-out chat, gets the prompt for a case due
/// on the next working day, extends it from the card, and the new due date is stored; a second pass sends nothing.</summary>
public sealed class PromptWalkthroughTests : IDisposable
{
    // Monday 1 June 2026, 10:00 in London.
    private readonly ApiHost _host = new();

    /// <summary>Received Monday 18 May: 10 working days end Tuesday 2 June (25 May is the spring bank holiday).</summary>
    private async Task<Guid> LogCaseDueTomorrowAsync()
    {
        var logged = await _host.As("dev-officer").PostAsJsonAsync("api/cases", new JsonObject
        {
            ["kind"] = "statutoryComplaint", ["receivedOn"] = "2026-05-18", ["acknowledgedOn"] = "2026-05-19", ["howReceived"] = "email",
            ["team"] = "Children in Care", ["owner"] = "dev-manager",
            ["complainant"] = new JsonObject { ["relationship"] = "parent" }, ["concerns"] = new JsonArray("Lack of communication"),
        });
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        return Guid.Parse((string)(await logged.Content.ReadFromJsonAsync<JsonObject>())!["case"]!["id"]!);
    }

    private Task<(string Id, string Token)> OpenChatAsync(string persona) => _host.OpenChatAsync(persona);

    private Task<JsonArray> CardsAsync((string Id, string Token) chat) => _host.CardsAsync(chat);

    private async Task<JsonObject> RunAsync()
    {
        var run = await _host.CreateClient().PostAsync("dev/prompts/run", null);
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        return (await run.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Descendants(p.Value))),
        JsonArray a => a.SelectMany(Descendants),
        _ => [],
    };

    [Fact]
    public async Task The_owner_gets_the_prompt_extends_on_the_card_and_the_new_due_date_is_stored()
    {
        var id = await LogCaseDueTomorrowAsync();
        var chat = await OpenChatAsync("dev-manager");
        var before = (await CardsAsync(chat)).Count;

        var pass = await RunAsync();

        var sent = Assert.Single((JsonArray)pass["sent"]!);
        Assert.Equal(("CC-2026-0001", "Response", -1), ((string)sent!["reference"]!, (string)sent["clock"]!, (int)sent["threshold"]!));
        var prompt = (JsonObject)(await CardsAsync(chat))[before]!;
        var texts = Descendants(prompt).Select(o => (string?)o["text"]).OfType<string>().ToList();
        Assert.Contains("The stage 1 response for CC-2026-0001 is due on the next working day (2 June 2026)", texts);
        Assert.Contains("Why then: 10 working days from Monday 18 May; Spring bank holiday doesn't count.", texts);
        Assert.Equal("dev-manager", (string?)prompt["refresh"]!["userIds"]![0]);

        // Extend, as Web Chat posts the form: the button's data with what was typed.
        var extend = Descendants(prompt).First(o => (string?)o["data"]?["verb"] == "case.extend")["data"]!.AsObject().DeepClone().AsObject();
        extend["extend.totalWorkingDays"] = "20";
        extend["extend.ground"] = "Complex";
        extend["extend.reason"] = "Records held by two teams";
        extend["extend.agreed"] = "true";
        extend["extend.agreedOn"] = "2026-06-01";
        using var click = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{chat.Id}/activities")
        {
            Content = JsonContent.Create(new JsonObject { ["type"] = "message", ["from"] = new JsonObject { ["id"] = "dev-manager" }, ["value"] = extend }),
        };
        click.Headers.Authorization = new AuthenticationHeaderValue("Bearer", chat.Token);
        Assert.True((await _host.CreateClient().SendAsync(click)).IsSuccessStatusCode);
        await _host.WhenChannelIdleAsync();

        var stored = (await _host.As("dev-officer").GetFromJsonAsync<JsonObject>($"api/cases/{id}"))!;
        Assert.Equal("2026-06-16", (string?)stored["deadline"]!["dueOn"]);
        Assert.Contains(Descendants(await CardsAsync(chat)).Select(o => (string?)o["text"]), t => t is not null && t.Contains("Extended", StringComparison.Ordinal));
        Assert.Empty((JsonArray)(await RunAsync())["sent"]!);
    }

    [Fact]
    public async Task The_complaints_officer_gets_the_weekly_digest_in_the_try_out_chat_once_a_week()
    {
        await LogCaseDueTomorrowAsync();
        var chat = await OpenChatAsync("dev-officer");
        var before = (await CardsAsync(chat)).Count;

        // Monday 1 June is the digest day. The owner has no try-out chat open, so the prompt is not delivered: the digest says so.
        var pass = await RunAsync();

        var digest = Assert.Single((JsonArray)pass["digests"]!);
        Assert.Equal(("dev-officer", "2026-W23", true), ((string)digest!["officer"]!, (string)digest["week"]!, (bool)digest["sent"]!));
        var card = (JsonObject)(await CardsAsync(chat))[before]!;
        var texts = Descendants(card).Select(o => (string?)o["text"]).OfType<string>().ToList();
        Assert.Contains("Complaints this week: week beginning 1 June 2026", texts);
        Assert.Contains("- CC-2026-0001: stage 1 response, due 2 June 2026", texts);
        Assert.Contains("- Morgan Team Manager, CC-2026-0001: This persona has no try-out chat open.", texts);
        var facts = Descendants(card).Where(o => o["facts"] is JsonArray).SelectMany(o => o["facts"]!.AsArray())
            .ToDictionary(f => (string)f!["title"]!, f => (string)f!["value"]!);
        Assert.Equal(("0 deadlines", "1 deadline", "1 prompt"), (facts["Overdue"], facts["Due this week"], facts["People the bot can't reach"]));
        Assert.Empty((JsonArray)(await RunAsync())["digests"]!);
    }

    [Fact]
    public void Dev_Now_is_refused_outside_local_development_naming_the_key()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Dev:Now"] = "2026-04-17T10:00:00+01:00" }).Build();

        var refused = Assert.Throws<InvalidOperationException>(() => DevClock.From(configuration, localDevelopment: false));

        Assert.Contains("Dev:Now", refused.Message);
        // Locally the clock starts there and runs on.
        var start = new DateTimeOffset(2026, 4, 17, 9, 0, 0, TimeSpan.Zero);
        Assert.InRange(DevClock.From(configuration, localDevelopment: true)!.GetUtcNow(), start, start.AddHours(1));
    }

    public void Dispose() => _host.Dispose();
}
