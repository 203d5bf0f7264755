using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>The try-out chat (Direct Line) of local development mode, as Web Chat uses it: open one as a persona, and read
/// every card the bot has put in it once the channel is idle.</summary>
internal static class TryOutChat
{
    public static async Task<(string Id, string Token)> OpenChatAsync(this ApiHost host, string persona)
    {
        var http = host.CreateClient();
        var generated = await http.PostAsJsonAsync("v3/directline/tokens/generate", new JsonObject { ["user"] = new JsonObject { ["id"] = persona } });
        var token = (string)(await generated.Content.ReadFromJsonAsync<JsonObject>())!["token"]!;
        using var start = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var started = await http.SendAsync(start);
        await host.WhenChannelIdleAsync();
        return ((string)(await started.Content.ReadFromJsonAsync<JsonObject>())!["conversationId"]!, token);
    }

    public static async Task<JsonArray> CardsAsync(this ApiHost host, (string Id, string Token) chat)
    {
        await host.WhenChannelIdleAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v3/directline/conversations/{chat.Id}/activities");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", chat.Token);
        var activities = (JsonArray)(await (await host.CreateClient().SendAsync(request)).Content.ReadFromJsonAsync<JsonObject>())!["activities"]!;
        return new JsonArray([.. activities.SelectMany(a => (a!["attachments"] as JsonArray ?? []).Select(att => att!["content"]!.DeepClone()))]);
    }
}
