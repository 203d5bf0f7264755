using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Hosting;
using ComplaintsAssistant.Bot.Tests.Api;
using ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using ApiJson = ComplaintsAssistant.Bot.Tests.Api.Json;

namespace ComplaintsAssistant.Bot.Tests.Hosting;

/// <summary>Spans and metrics are seen by every listener in the process: these tests run alone, so what they catch is theirs.</summary>
[CollectionDefinition(nameof(TelemetryTests), DisableParallelization = true)]
public sealed class TelemetryCollection;

/// <summary>
/// The host's traces and metrics, caught by an in-memory exporter added as a test service (what an operator would see in
/// Application Insights): a case logged through the API, a Teams message, a Teams form logging a complaint, and a
/// deadline pass. Turns, connector calls, prompts and store calls are counted with their kinds and operations, requests
/// and outgoing calls are traced — and none of the family's names, contact details or typed text is in any tag.
/// </summary>
[Collection(nameof(TelemetryTests))]
public sealed class TelemetryTests : IAsyncLifetime
{
    private const string TeamsUser = "6f1c2d3e-0000-4000-8000-000000000001";
    private const string Complainant = "Marjorie Featherstonehaugh";
    private const string Child = "Tallulah Ravensworth";
    private const string Phone = "07700 900461";
    private static readonly string[] PersonalData = ["Featherstonehaugh", "Ravensworth", "Tallulah", "900461", "Quarry Lane"];

    private readonly List<Activity> _spans = [];
    private readonly List<MetricSnapshot> _metrics = [];
    private FakeConnectorServer _connector = null!;
    private ApiHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnectorServer.StartAsync();
        _host = new ApiHost(new()
        {
            ["Access:People:0:Id"] = TeamsUser,
            ["Access:People:0:Name"] = "Sam Carter",
            ["Access:People:0:Role"] = "ComplaintsOfficer",
        }, services: services => services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddInMemoryExporter(_spans))
            .WithMetrics(metrics => metrics.AddInMemoryExporter(_metrics)));
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task TurnsConnectorCallsPromptsAndStoreCallsAreMeasuredWithoutPersonalData()
    {
        // Received Monday 18 May: due Tuesday 2 June, so the host's Monday 1 June has a prompt to send.
        var logged = await _host.As("dev-officer").PostAsync("/api/cases", ApiJson.Body($$"""
            {
              "kind": "statutoryComplaint", "receivedOn": "2026-05-18", "howReceived": "email", "team": "Children in Care",
              "owner": "dev-manager", "complainant": { "relationship": "parent", "name": "{{Complainant}}", "contact": "{{Phone}}, 14 Quarry Lane" },
              "concerns": [ "Lack of communication" ], "summary": "{{Complainant}} says nobody has visited {{Child}}."
            }
            """));
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        await PostActivityAsync(Message($"has anyone called {Complainant} back about {Child}?"));
        await PostActivityAsync(ComplaintForm());
        await _host.WhenChannelIdleAsync();
        Assert.Equal(HttpStatusCode.OK, (await _host.CreateClient().PostAsync("dev/prompts/run", null)).StatusCode);
        await _host.WhenChannelIdleAsync();
        _host.Dispose(); // every request finished, every span ended, the last metrics exported

        var turns = Points("complaints.turns");
        Assert.Contains(turns, t => Tag(t, "turn.kind") == "Message" && Tag(t, "turn.verb") == "none" && Tag(t, "outcome") == "ok");
        Assert.Contains(turns, t => Tag(t, "turn.kind") == "CardAction" && Tag(t, "turn.verb") == "complaint.log");
        Assert.NotEmpty(Points("complaints.turn.duration"));
        var connector = Points("complaints.connector.calls");
        Assert.Contains(connector, c => Tag(c, "operation") == "update" && Tag(c, "http.response.status_code") == "200"); // the form becomes the confirmation
        Assert.Contains(connector, c => Tag(c, "operation") == "reply");
        Assert.Contains(Points("complaints.prompts"), p => Tag(p, "prompt.clock") is { Length: > 0 } && Tag(p, "prompt.threshold") is { Length: > 0 }
            && Tag(p, "prompt.audience") is { Length: > 0 } && Tag(p, "outcome") is "sent" or "undelivered");
        var store = Points("complaints.store.duration");
        Assert.Contains(store, s => Tag(s, "operation") == "Add" && Tag(s, "outcome") == "ok");
        Assert.Contains(store, s => Tag(s, "operation") == "ListPromptCandidates");
        Assert.NotEmpty(Points("http.server.request.duration"));

        var spans = _spans.ToArray();
        Assert.Contains(spans, s => s.Source.Name == Telemetry.Name && s.DisplayName == "turn" && (string?)s.GetTagItem("turn.verb") == "complaint.log");
        Assert.Contains(spans, s => s.Kind == ActivityKind.Server && s.GetTagItem("http.route") is string route && route.Trim('/') == "api/cases");
        Assert.Contains(spans, s => s.Kind == ActivityKind.Client && s.GetTagItem("url.full") is string url && url.Contains(new Uri(_connector.ServiceUrl).Authority));

        var values = spans.SelectMany(s => s.TagObjects.Select(t => $"{t.Key}={t.Value}").Append(s.DisplayName).Append(s.StatusDescription ?? ""))
            .Concat(_metrics.SelectMany(m => AllPoints(m).SelectMany(Tags).Select(t => $"{m.Name} {t.Key}={t.Value}")))
            .ToArray();
        var leaks = values.Where(v => PersonalData.Any(item => v.Contains(item, StringComparison.OrdinalIgnoreCase))).Distinct().ToArray();
        Assert.True(leaks.Length == 0, "Personal data in telemetry:\n" + string.Join("\n", leaks));
    }

    private MetricPoint[] Points(string name) => _metrics.Where(m => m.Name == name).SelectMany(AllPoints).ToArray();

    private static IEnumerable<MetricPoint> AllPoints(MetricSnapshot metric)
    {
        foreach (var point in metric.MetricPoints) yield return point;
    }

    private static IEnumerable<KeyValuePair<string, object?>> Tags(MetricPoint point)
    {
        var tags = new List<KeyValuePair<string, object?>>();
        foreach (var tag in point.Tags) tags.Add(tag);
        return tags;
    }

    private static string? Tag(MetricPoint point, string key) => Tags(point).FirstOrDefault(t => t.Key == key).Value?.ToString();

    private JsonObject Message(string text)
    {
        var message = TeamsFixtures.LoadObject("personal-message.json", _connector.ServiceUrl);
        message["text"] = text;
        return message;
    }

    private JsonObject ComplaintForm()
    {
        var submit = TeamsFixtures.LoadObject("action-submit.json", _connector.ServiceUrl);
        submit["value"] = new JsonObject
        {
            ["verb"] = "complaint.log", ["formId"] = "form-1", ["kind"] = "StatutoryComplaint", ["receivedOn"] = "2026-05-29",
            ["howReceived"] = "Email", ["team"] = "Children in Care", ["owner"] = "dev-manager", ["relationship"] = "Parent",
            ["concerns"] = "Lack of communication", ["childComplainedDirectly"] = "false", ["supportedByAdvocate"] = "false",
            ["summary"] = $"{Child}'s mother {Complainant} on {Phone}",
        };
        return submit;
    }

    private async Task PostActivityAsync(JsonObject activity) =>
        Assert.Equal(HttpStatusCode.OK, (await _host.CreateClient().PostAsync("/api/messages", ApiJson.Body(activity.ToJsonString()))).StatusCode);
}

/// <summary>With Application Insights' connection string set (as deploy/main.bicep does), the host exports through the Azure
/// Monitor distro and still starts and answers; here its ingestion endpoint is a loopback port nobody listens on.</summary>
[Collection(nameof(TelemetryTests))]
public sealed class AzureMonitorTelemetryTests
{
    [Fact]
    public async Task WithAConnectionStringTheHostExportsToAzureMonitorAndStillAnswers()
    {
        var ingestion = Unreachable.CosmosEndpoint();
        using var host = new ApiHost(new()
        {
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] =
                $"InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint={ingestion};LiveEndpoint={ingestion}",
        });

        Assert.Equal(HttpStatusCode.OK, (await host.CreateClient().GetAsync("/health/live")).StatusCode);
        Assert.NotNull(host.Services.GetService<TracerProvider>());
        Assert.NotNull(host.Services.GetService<MeterProvider>());
    }
}
