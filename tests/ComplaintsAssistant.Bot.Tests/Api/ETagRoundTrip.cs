using System.Net;
using System.Text.RegularExpressions;

namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>What a client does with versions, over HTTP against whichever store the host runs on: read a case, send
/// its ETag back in If-Match. Asserted the same way for every store.</summary>
internal static partial class ETagRoundTrip
{
    /// <summary>RFC 9110 §8.8.3: entity-tag = [ W/ ] DQUOTE *etagc DQUOTE, etagc = %x21 / %x23-7E / obs-text.</summary>
    [GeneratedRegex("^\"[\\x21\\x23-\\x7E\\x80-\\xFF]*\"$")]
    private static partial Regex StrongEntityTag();

    public static async Task AssertAsync(HttpClient officer)
    {
        var created = await officer.PostAsync("/api/cases", Json.Body(Json.Complaint()));
        var id = (string)(await created.ReadObjectAsync())["case"]!["id"]!;

        var read = await officer.GetAsync($"/api/cases/{id}");
        var etag = ETagOf(read);
        Assert.Matches(StrongEntityTag(), etag);
        Assert.Equal(ETagOf(created), etag);

        // The same string, byte for byte, as If-Match: the change is made.
        var changed = await ReassignAsync(officer, id, etag, "dev-social-worker");
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var newer = ETagOf(changed);
        Assert.Matches(StrongEntityTag(), newer);
        Assert.NotEqual(etag, newer);
        Assert.Equal(newer, ETagOf(await officer.GetAsync($"/api/cases/{id}")));

        // The ETag read before that change is stale now: refused, and nothing changes.
        var stale = await ReassignAsync(officer, id, etag, "dev-officer");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("stale-version", (string?)(await stale.ReadObjectAsync())["rule"]);
        // A weak tag never matches for a change (RFC 9110 §13.1.1 compares strongly), even of the current version.
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await ReassignAsync(officer, id, $"W/{newer}", "dev-officer")).StatusCode);
        // Several tags: one of them current is enough.
        Assert.Equal(HttpStatusCode.OK, (await ReassignAsync(officer, id, $"{etag}, {newer}", "dev-manager")).StatusCode);
        // "*" (any version at all) says nothing about what was read: a change needs the ETag read, and nothing changes.
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await ReassignAsync(officer, id, "*", "dev-social-worker")).StatusCode);
        var after = await (await officer.GetAsync($"/api/cases/{id}")).ReadObjectAsync();
        Assert.Equal("dev-manager", (string?)after["case"]!["stages"]![0]!["owner"]);
    }

    private static string ETagOf(HttpResponseMessage response) => Assert.Single(response.Headers.GetValues("ETag"));

    private static Task<HttpResponseMessage> ReassignAsync(HttpClient client, string id, string ifMatch, string owner)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{id}/reassignment") { Content = Json.Body($$"""{ "owner": "{{owner}}" }""") };
        // Sent exactly as given, as a client copying the header would.
        Assert.True(request.Headers.TryAddWithoutValidation("If-Match", ifMatch));
        return client.SendAsync(request);
    }
}
