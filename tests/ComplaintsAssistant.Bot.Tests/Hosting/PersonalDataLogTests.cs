using System.Net;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Tests.Api;
using ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;
using ComplaintsAssistant.Bot.Tests.Intake;
using ApiJson = ComplaintsAssistant.Bot.Tests.Api.Json;

namespace ComplaintsAssistant.Bot.Tests.Hosting;

/// <summary>
/// A family's names, address, phone and email go through every path the host has — an email read by the intake, a case
/// logged and read through the API, the email kept with it, a refused request, a Teams chat message, a card logging a
/// complaint and a card with a mistake — and then every log line the host wrote, at every level in every category
/// (with exceptions and structured values), is searched for them. None may appear: logs leave the council's control
/// (Application Insights, support tickets).
/// </summary>
public sealed class PersonalDataLogTests : IAsyncLifetime
{
    private const string TeamsUser = "6f1c2d3e-0000-4000-8000-000000000001";
    private const string Complainant = "Marjorie Featherstonehaugh";
    private const string Email = "marjorie.f@example.net";
    private const string Phone = "07700 900461";
    private const string Child = "Tallulah Ravensworth";
    private const string Address = "14 Quarry Lane";

    private static readonly string[] PersonalData = ["Featherstonehaugh", Email, Phone, "Ravensworth", "Tallulah", "Quarry Lane"];

    private readonly CapturedLogs _logs = new();
    private FakeConnectorServer _connector = null!;
    private ApiHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnectorServer.StartAsync();
        var settings = Emails.Council();
        settings["Access:People:0:Id"] = TeamsUser;
        settings["Access:People:0:Name"] = "Sam Carter";
        settings["Access:People:0:Role"] = "ComplaintsOfficer";
        _host = new ApiHost(settings, _logs);
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task NoNameAddressPhoneOrEmailOfAFamilyReachesTheLogs()
    {
        var officer = _host.As("dev-officer");
        var eml = FamilyEmail();

        var draft = await officer.PostAsync("/api/intake/email", Emails.Eml(eml));
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.Contains(Email, await draft.Content.ReadAsStringAsync()); // it was read, so it was there to be logged

        var created = await officer.PostAsync("/api/cases", ApiJson.Body($$"""
            {
              "kind": "statutoryComplaint", "receivedOn": "2026-05-29", "howReceived": "email", "team": "Children in Care",
              "owner": "dev-manager", "intakeKey": "family-1@mail.example.net",
              "complainant": { "relationship": "parent", "name": "{{Complainant}}", "contact": "{{Email}}, {{Phone}}, {{Address}}" },
              "concerns": [ "Lack of communication" ],
              "summary": "{{Complainant}} says nobody has visited {{Child}} at {{Address}} since March."
            }
            """));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (string)(await created.ReadObjectAsync())["case"]!["id"]!;
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/cases/{id}")).StatusCode);
        Assert.True((await officer.PostAsync($"/api/cases/{id}/emails", Emails.Eml(eml))).IsSuccessStatusCode);

        var refused = await officer.PostAsync("/api/cases", ApiJson.Body($$"""
            { "kind": "statutoryComplaint", "receivedOn": "29/05/2026 {{Child}}", "howReceived": "email", "team": "{{Address}}",
              "owner": "{{Complainant}}", "complainant": { "relationship": "parent", "name": "{{Complainant}}" },
              "concerns": [ "{{Child}}" ], "summary": "{{Phone}}" }
            """));
        Assert.InRange((int)refused.StatusCode, 400, 499);

        await TeamsMessageAsync($"has anyone called {Complainant} back about {Child}? {Phone}");
        await TeamsFormAsync(receivedOn: "2026-05-29");
        await TeamsFormAsync(receivedOn: $"{Child} 2026-05-29");
        await _host.WhenChannelIdleAsync();
        Assert.Contains(Child, string.Join("\n", _connector.Snapshot().Select(r => r.Body?.ToJsonString()))); // the chat did see it

        var lines = _logs.Lines;
        Assert.NotEmpty(lines);
        var leaks = lines.Where(line => PersonalData.Any(item => line.Contains(item, StringComparison.OrdinalIgnoreCase))).ToArray();
        Assert.True(leaks.Length == 0, "Personal data in the logs:\n" + string.Join("\n", leaks));
    }

    private async Task TeamsMessageAsync(string text)
    {
        var message = TeamsFixtures.LoadObject("personal-message.json", _connector.ServiceUrl);
        message["text"] = text;
        Assert.Equal(HttpStatusCode.OK, (await PostActivityAsync(message)).StatusCode);
    }

    private async Task TeamsFormAsync(string receivedOn)
    {
        var submit = TeamsFixtures.LoadObject("action-submit.json", _connector.ServiceUrl);
        submit["value"] = new JsonObject
        {
            ["verb"] = "complaint.log",
            ["formId"] = "form-" + receivedOn.Length,
            ["kind"] = "StatutoryComplaint",
            ["receivedOn"] = receivedOn,
            ["howReceived"] = "Email",
            ["team"] = "Children in Care",
            ["owner"] = "dev-manager",
            ["relationship"] = "Parent",
            ["concerns"] = "Lack of communication",
            ["childComplainedDirectly"] = "false",
            ["supportedByAdvocate"] = "true",
            ["advocateService"] = $"{Complainant}'s sister, {Phone}",
            ["summary"] = $"{Child}'s mother {Complainant} ({Email}) at {Address}",
        };
        Assert.Equal(HttpStatusCode.OK, (await PostActivityAsync(submit)).StatusCode);
    }

    private Task<HttpResponseMessage> PostActivityAsync(JsonObject activity) =>
        _host.CreateClient().PostAsync("/api/messages", ApiJson.Body(activity.ToJsonString()));

    private static string FamilyEmail() => $"""
        Received: from mail.example.net by mail.thornbury.gov.uk with ESMTPS; Fri, 29 May 2026 10:30:05 +0100
        From: {Complainant} <{Email}>
        To: complaints@thornbury.gov.uk
        Subject: Complaint about {Child}'s care
        Date: Fri, 29 May 2026 10:30:00 +0100
        Message-ID: <family-1@mail.example.net>
        MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8

        I want to make a formal complaint. Nobody has visited my daughter {Child} at {Address} since March.
        Please call me on {Phone}.

        {Complainant}
        """.Replace("\r\n", "\n").Replace("\n", "\r\n");
}
