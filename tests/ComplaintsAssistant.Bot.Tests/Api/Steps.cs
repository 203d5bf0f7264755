using System.Net.Http.Headers;

namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>A workflow step as a careful client sends it: read the case, then change it quoting the version read.</summary>
internal static class Steps
{
    public static async Task<HttpResponseMessage> PostStepAsync(this HttpClient client, string id, string step, string body)
    {
        var read = await client.GetAsync($"/api/cases/{id}");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{id}/{step}") { Content = Json.Body(body) };
        if (read.Headers.ETag is { } version) request.Headers.IfMatch.Add(version);
        return await client.SendAsync(request);
    }

    public static async Task<string> LogAsync(this HttpClient client, string body) =>
        (string)(await (await client.PostAsync("/api/cases", Json.Body(body))).ReadObjectAsync())["case"]!["id"]!;

    /// <summary>A response with an outcome for each of <see cref="Json.Complaint"/>'s three concerns.</summary>
    public static string Response(string on) => $$"""
        { "respondedOn": "{{on}}", "outcome": "partiallyUpheld", "resolutions": ["apology"],
          "concernOutcomes": [ { "concernNumber": 1, "outcome": "upheld" }, { "concernNumber": 2, "outcome": "upheld" }, { "concernNumber": 3, "outcome": "notUpheld" } ] }
        """;
}
