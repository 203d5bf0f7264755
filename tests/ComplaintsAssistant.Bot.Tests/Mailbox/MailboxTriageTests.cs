using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Tests.Api;
using ComplaintsAssistant.Bot.Tests.Intake;

namespace ComplaintsAssistant.Bot.Tests.Mailbox;

/// <summary>The complaints mailbox through the real host (local development mode, a real SQLite file) reading a fake Graph
/// over HTTP: new mail gives the complaints officer one triage card in the try-out chat and a re-poll gives none; then
/// each of the card's choices, a second click on a decided card, and what to put right named in words.</summary>
public sealed class MailboxTriageTests : IAsyncLifetime
{
    private FakeGraph _graph = null!;
    private ApiHost _host = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraph.StartAsync();
        _host = _graph.Host(new() { ["Mailbox:Background"] = "false" });
    }

    private async Task<JsonObject> PollAsync()
    {
        var run = await _host.CreateClient().PostAsync("dev/mailbox/poll", null);
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        await _host.WhenChannelIdleAsync();
        return (await run.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private Task<(string Id, string Token)> OpenChatAsync() => _host.OpenChatAsync("dev-officer");

    private async Task<List<JsonObject>> TriageCardsAsync((string Id, string Token) chat) =>
        (await _host.CardsAsync(chat)).Select(card => card!.AsObject()).Where(card => Texts(card).Contains("New email in the complaints mailbox")).ToList();

    /// <summary>Presses the card's button as Web Chat does: the button's data with the inputs' values.</summary>
    private async Task ClickAsync((string Id, string Token) chat, JsonObject card, string verb, Dictionary<string, string>? inputs = null)
    {
        var data = Descendants(card).First(o => (string?)o["data"]?["verb"] == verb)["data"]!.DeepClone().AsObject();
        foreach (var (id, value) in inputs ?? []) data[id] = value;
        using var click = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{chat.Id}/activities")
        {
            Content = JsonContent.Create(new JsonObject { ["type"] = "message", ["from"] = new JsonObject { ["id"] = "dev-officer" }, ["value"] = data }),
        };
        click.Headers.Authorization = new AuthenticationHeaderValue("Bearer", chat.Token);
        Assert.True((await _host.CreateClient().SendAsync(click)).IsSuccessStatusCode);
        await _host.WhenChannelIdleAsync();
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Descendants(p.Value))),
        JsonArray a => a.SelectMany(Descendants),
        _ => [],
    };

    private static List<string> Texts(JsonObject card) => Descendants(card).Select(o => (string?)o["text"]).OfType<string>().ToList();

    private static Dictionary<string, string> Facts(JsonObject card) => Descendants(card).Where(o => o["facts"] is JsonArray)
        .SelectMany(o => o["facts"]!.AsArray()).ToDictionary(f => (string)f!["title"]!, f => (string)f!["value"]!);

    private async Task<JsonArray> CasesAsync() => (await _host.As("dev-officer").GetFromJsonAsync<JsonArray>("api/cases"))!;

    [Fact]
    public async Task New_mail_gives_the_officer_one_triage_card_and_a_re_poll_gives_none()
    {
        _graph.Deliver(Emails.ParentComplaint());
        var chat = await OpenChatAsync();

        var first = await PollAsync();
        var second = await PollAsync();

        Assert.Equal((1, 1), (((JsonArray)first["drafted"]!).Count, (int)first["cardsSent"]!));
        Assert.Equal((0, 0), (((JsonArray)second["drafted"]!).Count, (int)second["cardsSent"]!));
        var card = Assert.Single(await TriageCardsAsync(chat));
        var facts = Facts(card);
        Assert.Equal(("Statutory complaint", "Friday 29 May 2026", "Parent", "Children in Care"),
            (facts["Proposed"], facts["Received"], facts["From"], facts["Team"]));
        // No more personal data than an officer needs to triage: no name, no address, no words of the email.
        var everything = card.ToJsonString();
        Assert.DoesNotContain("Jane", everything);
        Assert.DoesNotContain("jane.parent@example.com", everything);
        Assert.DoesNotContain("returned my calls", everything);
    }

    [Fact]
    public async Task Accepting_makes_the_case_with_the_email_kept_and_a_second_click_changes_nothing_and_says_so()
    {
        _graph.Deliver(Emails.ParentComplaint());
        var chat = await OpenChatAsync();
        await PollAsync();
        var card = Assert.Single(await TriageCardsAsync(chat));
        var choices = new Dictionary<string, string> { ["team"] = "Children in Care", ["owner"] = "dev-manager", ["concerns"] = "Lack of communication" };

        await ClickAsync(chat, card, "triage.accept", choices);
        await ClickAsync(chat, card, "triage.accept", choices);

        var made = Assert.Single(await CasesAsync())!;
        Assert.Equal(("CC-2026-0001", "2026-05-29"), ((string)made["reference"]!, (string)made["receivedOn"]!));
        var kept = await (await _host.As("dev-officer").GetAsync($"api/cases/{made["id"]}/emails")).ReadArrayAsync();
        Assert.Single(kept);
        var cards = await TriageCardsAsync(chat);
        Assert.Contains("Case CC-2026-0001 made; the email is kept with it.", Texts(cards[^2]));
        Assert.Contains("Already made into case CC-2026-0001; nothing changed. (Alex Complaints Officer decided it)", Texts(cards[^1]));
        Assert.DoesNotContain(Descendants(cards[^1]), o => (string?)o["type"] == "Action.Execute");
    }

    [Fact]
    public async Task A_complaint_accepted_without_its_category_is_refused_naming_the_field_in_words_and_no_case_is_made()
    {
        _graph.Deliver(Emails.ParentComplaint());
        var chat = await OpenChatAsync();
        await PollAsync();

        await ClickAsync(chat, Assert.Single(await TriageCardsAsync(chat)), "triage.accept", new() { ["team"] = "Children in Care", ["owner"] = "dev-manager" });

        Assert.Contains("A complaint needs at least one concern (point of complaint) with a category.", Texts((await TriageCardsAsync(chat))[^1]));
        Assert.Empty(await CasesAsync());
    }

    [Fact]
    public async Task Changing_the_kind_redraws_the_card_for_that_kind_which_can_then_be_accepted()
    {
        _graph.Deliver(Emails.ParentComplaint());
        var chat = await OpenChatAsync();
        await PollAsync();

        await ClickAsync(chat, Assert.Single(await TriageCardsAsync(chat)), "triage.kind", new() { ["kind"] = "InformalRepresentation" });
        var changed = (await TriageCardsAsync(chat))[^1];
        await ClickAsync(chat, changed, "triage.accept", new() { ["team"] = "Children in Care", ["owner"] = "dev-manager" });

        Assert.Contains("Kind changed to informal representation.", Texts(changed));
        Assert.Equal("Informal representation", Facts(changed)["Proposed"]);
        Assert.Equal("informalRepresentation", (string?)Assert.Single(await CasesAsync())!["kind"]);
    }

    [Fact]
    public async Task Linking_keeps_the_email_with_the_existing_case_and_an_unknown_reference_is_named()
    {
        var logged = await _host.As("dev-officer").PostAsync("api/cases", Api.Json.Body(Api.Json.Complaint()));
        var existing = (await logged.ReadObjectAsync())["case"]!;
        _graph.Deliver(Emails.ParentComplaint("follow-up@mail.example.com"));
        var chat = await OpenChatAsync();
        await PollAsync();
        var card = Assert.Single(await TriageCardsAsync(chat));

        await ClickAsync(chat, card, "triage.link", new() { ["reference"] = "CC-2026-0999" });
        await ClickAsync(chat, card, "triage.link", new() { ["reference"] = (string)existing["reference"]! });

        var cards = await TriageCardsAsync(chat);
        Assert.Contains("No case has the reference CC-2026-0999: check the case reference.", Texts(cards[^2]));
        Assert.Contains($"Kept with case {existing["reference"]}.", Texts(cards[^1]));
        Assert.Single(await (await _host.As("dev-officer").GetAsync($"api/cases/{existing["id"]}/emails")).ReadArrayAsync());
        Assert.Single(await CasesAsync());
    }

    [Fact]
    public async Task Not_a_case_is_recorded_once_and_makes_no_case()
    {
        _graph.Deliver(Emails.ParentComplaint());
        var chat = await OpenChatAsync();
        await PollAsync();
        var card = Assert.Single(await TriageCardsAsync(chat));

        await ClickAsync(chat, card, "triage.notACase");
        await ClickAsync(chat, card, "triage.accept", new() { ["team"] = "Children in Care", ["owner"] = "dev-manager", ["concerns"] = "Lack of communication" });

        var cards = await TriageCardsAsync(chat);
        Assert.Contains("Marked not a case.", Texts(cards[^2]));
        Assert.Contains("Already marked not a case; nothing changed. (Alex Complaints Officer decided it)", Texts(cards[^1]));
        Assert.Empty(await CasesAsync());
    }

    [Fact]
    public async Task One_email_is_one_case_whether_it_was_first_made_a_case_in_Outlook_or_from_the_mailbox()
    {
        var officer = _host.As("dev-officer");
        var inOutlook = await officer.PostAsync("/api/cases", Api.Json.Body(Api.Json.Complaint(receivedOn: "2026-05-29")
            .Replace("\"summary\":", "\"intakeKey\": \"complaint-1@mail.example.com\", \"summary\":")));
        Assert.Equal(HttpStatusCode.Created, inOutlook.StatusCode);
        _graph.Deliver(Emails.ParentComplaint("complaint-1@mail.example.com"));
        _graph.Deliver(Emails.ParentComplaint("complaint-2@mail.example.com"));
        var chat = await OpenChatAsync();

        var poll = await PollAsync();
        var card = Assert.Single(await TriageCardsAsync(chat));
        await ClickAsync(chat, card, "triage.accept", new() { ["team"] = "Children in Care", ["owner"] = "dev-manager", ["concerns"] = "Lack of communication" });
        var draft = await (await officer.PostAsync("/api/intake/email", Emails.Eml(Emails.ParentComplaint("complaint-2@mail.example.com")))).ReadObjectAsync();

        // The email already a case from Outlook is recorded as that case's and carded to nobody.
        Assert.Equal(["Linked", "Waiting"], ((JsonArray)poll["drafted"]!).Select(d => (string)d!["state"]!).Order());
        Assert.Equal(1, (int)poll["cardsSent"]!);
        // The email made a case from the mailbox is that case when opened in Outlook.
        Assert.Equal(("CC-2026-0002", "sameMessage"), ((string?)draft["existingCase"]!["reference"], (string?)draft["existingCase"]!["link"]));
        Assert.Equal(2, (await CasesAsync()).Count);
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _graph.DisposeAsync();
    }
}
