using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>A subject access request's clock is prompted like a case's: the officer who recorded it is told before it is
/// due, on the day and when overdue, in a 1:1 chat, once per threshold, and no more once it is answered.</summary>
public sealed class SubjectAccessReminderTests : IDisposable
{
    private readonly ApiHost _host = new(); // Monday 1 June 2026, 10:00 in London

    private async Task<JsonArray> RunAsync()
    {
        var run = await (await _host.CreateClient().PostAsync("dev/prompts/run", null)).ReadObjectAsync();
        await _host.WhenChannelIdleAsync();
        return (JsonArray)run["subjectAccess"]!;
    }

    [Fact]
    public async Task TheOfficerIsRemindedBeforeOnTheDayAndNotOnceItIsAnswered()
    {
        var chat = await _host.OpenChatAsync("dev-officer");
        var request = await (await _host.As("dev-officer").PostAsync("/api/subject-access/requests",
            Json.Body("""{ "requester": "Mary Smith", "receivedOn": "2026-05-04" }"""))).ReadObjectAsync();
        var sar = (string)request["reference"]!;

        var first = Assert.Single(await RunAsync());
        var again = await RunAsync();
        _host.Time.Advance(TimeSpan.FromDays(3)); // Thursday 4 June, the due day
        var onTheDay = Assert.Single(await RunAsync());
        await _host.As("dev-officer").PostAsync($"/api/subject-access/requests/{request["id"]}/answered", Json.Body("""{ "answeredOn": "2026-06-04" }"""));
        _host.Time.Advance(TimeSpan.FromDays(1));
        var afterAnswered = await RunAsync();

        Assert.Equal((sar, "2026-06-04", -3), ((string?)first!["reference"], (string?)first["dueOn"], (int?)first["threshold"]));
        Assert.Empty(again);
        Assert.Equal(0, (int?)onTheDay!["threshold"]);
        Assert.Empty(afterAnswered);
        var said = await TextsAsync(chat);
        Assert.Contains($"Subject access request {sar} is due in 3 working days, on 4 June 2026: build the pack, send it, and record the day it was sent.", said);
        Assert.Contains($"Subject access request {sar} is due today, 4 June 2026: build the pack, send it, and record the day it was sent.", said);
        Assert.DoesNotContain(said, t => t.Contains("Mary Smith", StringComparison.Ordinal));
    }

    private async Task<string[]> TextsAsync((string Id, string Token) chat)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v3/directline/conversations/{chat.Id}/activities");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", chat.Token);
        var activities = (JsonArray)(await (await _host.CreateClient().SendAsync(request)).Content.ReadFromJsonAsync<JsonObject>())!["activities"]!;
        return [.. activities.Select(a => (string?)a!["text"]).OfType<string>()];
    }

    public void Dispose() => _host.Dispose();
}
