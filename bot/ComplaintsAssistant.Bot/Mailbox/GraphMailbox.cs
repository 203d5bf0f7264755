using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.EmailIntake;
using ComplaintsAssistant.Core.Mailbox;

namespace ComplaintsAssistant.Bot.Mailbox;

/// <summary>The complaints mailbox's inbox through Microsoft Graph with plain HTTP and the app's own token (application
/// Mail.Read, scoped to this one mailbox with RBAC for Applications, see README): delta query with immutable ids, pages of
/// <see cref="MailboxOptions.PageSize"/>, and each message's MIME. Throttling (429) and unavailability (503, 504) wait as
/// long as Retry-After says, then try again; a forgotten delta link (410 Gone) is <see cref="MailboxDeltaExpired"/>.</summary>
public sealed partial class GraphMailbox(
    HttpClient http, Func<CancellationToken, ValueTask<string>> token, string mailbox, int pageSize, TimeProvider time, ILogger<GraphMailbox> logger)
    : IMailboxSource
{
    private const int Attempts = 6;
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(5);

    public async Task<DeltaPage> ReadPageAsync(string? link, CancellationToken cancellationToken = default)
    {
        var url = link ?? $"v1.0/users/{Uri.EscapeDataString(mailbox)}/mailFolders('inbox')/messages/delta?$select=internetMessageId";
        using var response = await SendAsync(url, delta: true, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Gone) throw new MailboxDeltaExpired("The mailbox no longer knows the saved delta link (410 Gone).");
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStreamAsync(cancellationToken)) as JsonObject
            ?? throw new InvalidDataException("Graph answered a delta page that is not a JSON object.");
        var messages = (body["value"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(m => new DeltaMessage((string?)m["id"] ?? "", (string?)m["internetMessageId"], m.ContainsKey("@removed")))
            .Where(m => m.Id.Length > 0)
            .ToList();
        return new DeltaPage(messages, (string?)body["@odata.nextLink"], (string?)body["@odata.deltaLink"]);
    }

    public async Task<byte[]?> ReadMessageAsync(string id, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync($"v1.0/users/{Uri.EscapeDataString(mailbox)}/messages/{Uri.EscapeDataString(id)}/$value", delta: false, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        response.EnsureSuccessStatusCode();
        // One byte past the intake's limit is enough for it to say "too large": memory stays bounded whatever arrives.
        var limit = IntakeLimits.Default.MaxMessageBytes + 1;
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), cancellationToken)) > 0)
            buffer.Write(chunk, 0, read);
        return buffer.ToArray();
    }

    private async Task<HttpResponseMessage> SendAsync(string url, bool delta, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await token(cancellationToken));
            // Immutable ids survive a message being moved between folders.
            request.Headers.Add("Prefer", "IdType=\"ImmutableId\"");
            if (delta) request.Headers.Add("Prefer", $"odata.maxpagesize={pageSize}");
            var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout) || attempt == Attempts)
                return response;
            var wait = WaitFor(response.Headers.RetryAfter, attempt);
            LogThrottled(logger, (int)response.StatusCode, wait.TotalSeconds);
            response.Dispose();
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>As long as Graph asks (seconds or a date), else 10 s doubling; never more than five minutes.</summary>
    private TimeSpan WaitFor(RetryConditionHeaderValue? retryAfter, int attempt)
    {
        var asked = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - time.GetUtcNow() : TimeSpan.FromSeconds(10 * Math.Pow(2, attempt - 1)));
        return asked < TimeSpan.Zero ? TimeSpan.Zero : asked > LongestWait ? LongestWait : asked;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Microsoft Graph answered {Status} reading the complaints mailbox; trying again in {Seconds} s")]
    private static partial void LogThrottled(ILogger logger, int status, double seconds);
}
