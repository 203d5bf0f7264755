using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Tests.Api;

namespace ComplaintsAssistant.Bot.Tests.Import;

/// <summary>Posting a file to <c>POST /api/import</c> as a client would.</summary>
internal static class ImportHttp
{
    /// <summary>As <see cref="ApiHost.As"/>, waiting as long as the hang guard for an answer (HttpClient's 100 s is a
    /// timing assumption a whole year's import breaks on a busy machine).</summary>
    public static HttpClient Patient(this ApiHost host, string persona)
    {
        var client = host.As(persona);
        client.Timeout = Channel.Infrastructure.HangGuard.Limit;
        return client;
    }

    public static Task<HttpResponseMessage> PostImportAsync(this HttpClient client, byte[] file, string mediaType, bool dryRun = false)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return client.PostAsync($"/api/import{(dryRun ? "?dryRun=true" : "")}", content);
    }

    public static Task<HttpResponseMessage> PostJsonLinesAsync(this HttpClient client, string file, bool dryRun = false) =>
        client.PostImportAsync(ImportFiles.Utf8(file), "application/x-ndjson", dryRun);

    public static Task<HttpResponseMessage> PostCsvAsync(this HttpClient client, string file, bool dryRun = false) =>
        client.PostImportAsync(ImportFiles.Utf8(file), "text/csv", dryRun);

    public static async Task<JsonObject> ImportedAsync(this Task<HttpResponseMessage> posted)
    {
        var response = await posted;
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.ReadObjectAsync();
    }

    public static (int Created, int Updated, int Unchanged, int Refused) Counts(this JsonObject summary) =>
        ((int)summary["created"]!, (int)summary["updated"]!, (int)summary["unchanged"]!, (int)summary["refused"]!);

    /// <summary>The case an import made from the old reference, as the API shows it.</summary>
    public static async Task<JsonObject> CaseAsync(this HttpClient client, string oldReference)
    {
        var response = await client.GetAsync($"/api/cases/by-reference/{Uri.EscapeDataString(oldReference)}");
        Assert.True(response.IsSuccessStatusCode, $"{oldReference}: {await response.Content.ReadAsStringAsync()}");
        return await response.ReadObjectAsync();
    }
}
