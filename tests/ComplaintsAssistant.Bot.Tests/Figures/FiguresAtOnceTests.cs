using System.Net;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Tests.Api;
using ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsAssistant.Bot.Tests.Figures;

/// <summary>Fifty officers of one council type a figures question in Teams at the same moment, through the whole host
/// (real conversations, real SQLite) with the replies caught by a fake connector. Teams lets an app send 30 messages a
/// second in a tenant (the host's default), so some answers wait for the clock; none may be lost or go to someone else.</summary>
public sealed class FiguresAtOnceTests : IAsyncLifetime
{
    private const int Officers = 50;
    private const string Question = "how many stage 1 complaints this year";

    // Monday 1 June 2026: "this year" is 2026/27.
    private readonly TimerSignallingClock _clock = new(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
    private FakeConnectorServer _connector = null!;
    private ApiHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnectorServer.StartAsync();
        var people = new Dictionary<string, string?>();
        for (var i = 0; i < Officers; i++)
        {
            people[$"Access:People:{i}:Id"] = ObjectId(i);
            people[$"Access:People:{i}:Name"] = $"Officer {i}";
            people[$"Access:People:{i}:Role"] = "Staff";
            people[$"Access:People:{i}:Teams:0"] = "Children in Care";
        }
        _host = new ApiHost(people, services: services => services.AddSingleton<TimeProvider>(_clock));
    }

    [Fact]
    public async Task EveryOfficerAskingAtOnceGetsTheFigureInTheirOwnChat()
    {
        using var http = _host.CreateClient();
        var asked = await Task.WhenAll(Enumerable.Range(0, Officers).Select(i =>
            http.PostAsync("/api/messages", new StringContent(QuestionFrom(i), System.Text.Encoding.UTF8, "application/json"))));
        Assert.All(asked, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));

        var replies = await AnswersAsync();

        Assert.Equal(Officers, replies.Count);
        for (var i = 0; i < Officers; i++)
        {
            var reply = Assert.Single(replies, r => r.RawTarget.Contains(Uri.EscapeDataString(ConversationId(i)), StringComparison.Ordinal));
            Assert.EndsWith("/activities/" + ActivityId(i), reply.RawTarget, StringComparison.Ordinal);
            var card = reply.Body!["attachments"]![0]!["content"]!.ToJsonString();
            Assert.Contains("2026/27", card);
            Assert.Contains("Same period a year earlier", card); // the figure itself, beside last year's
            Assert.DoesNotContain("Ask in your own words", card); // not the menu
        }
    }

    /// <summary>Every reply, moving the clock on whenever the host waits for a slot in Teams' per-second limits
    /// (a wait under a second); the host's other timers (hours, days) are left alone.</summary>
    private async Task<IReadOnlyList<RecordedRequest>> AnswersAsync()
    {
        var answered = _connector.WaitForAsync(Officers);
        while (!answered.IsCompleted)
        {
            var timer = _clock.NextTimerAsync();
            if (await Task.WhenAny(answered, timer) == timer && await timer is var due && due > TimeSpan.Zero && due <= TimeSpan.FromSeconds(1))
                _clock.Advance(due);
        }
        await _host.WhenChannelIdleAsync();
        return _connector.Snapshot();
    }

    private string QuestionFrom(int officer)
    {
        var activity = TeamsFixtures.LoadObject("personal-message.json", _connector.ServiceUrl);
        activity["text"] = Question;
        activity.Remove("attachments");
        activity["id"] = ActivityId(officer);
        activity["from"] = new JsonObject { ["id"] = $"29:officer-{officer}", ["name"] = $"Officer {officer}", ["aadObjectId"] = ObjectId(officer) };
        activity["conversation"]!["id"] = ConversationId(officer);
        return activity.ToJsonString();
    }

    private static string ObjectId(int officer) => $"6f1c2d3e-0000-4000-8000-{officer + 1:000000000000}";

    private static string ConversationId(int officer) => $"a:1officer{officer}PersonalChat";

    private static string ActivityId(int officer) => $"17636337420{officer:00}";

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _connector.DisposeAsync();
    }
}
