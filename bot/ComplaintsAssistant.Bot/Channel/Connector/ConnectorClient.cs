using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ComplaintsAssistant.Bot.Channel.Activities;
using ComplaintsAssistant.Bot.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Channel.Connector;

/// <summary>
/// The Bot Connector REST API v3 (bot-protocol.md §3.2), as a typed HttpClient. Paths are
/// relative to the service URL (its own path kept); ids are escaped; the token only goes to
/// trusted service URLs; calls are paced per conversation and per tenant and retried only where Teams says so.
/// </summary>
public sealed class ConnectorClient(
    HttpClient http,
    ServiceUrlPolicy policy,
    IBotTokenProvider tokens,
    ConnectorPacing pacing,
    TimeProvider time,
    IOptions<ChannelOptions> options,
    ILogger<ConnectorClient> logger)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, string? tenantId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", conversationId, tenantId,
            Serialize(activity, ChannelJsonContext.Default.Activity), "send", ChannelJsonContext.Default.ResourceResponse, cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string? tenantId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", conversationId, tenantId,
            Serialize(activity, ChannelJsonContext.Default.Activity), "reply", ChannelJsonContext.Default.ResourceResponse, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string? tenantId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", conversationId, tenantId,
            Serialize(activity, ChannelJsonContext.Default.Activity), "update", ChannelJsonContext.Default.ResourceResponse, cancellationToken);

    /// <summary>A 1:1 chat for proactive messages; Teams needs the tenant in channelData (§3.3).</summary>
    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, serviceUrl, "v3/conversations", "create:" + parameters.Members.FirstOrDefault()?.Id, parameters.TenantId,
            Serialize(parameters, ChannelJsonContext.Default.ConversationParameters), "create", ChannelJsonContext.Default.ConversationResourceResponse, cancellationToken);

    private static string Escape(string id) => Uri.EscapeDataString(id);

    private static byte[] Serialize<T>(T body, JsonTypeInfo<T> typeInfo) => JsonSerializer.SerializeToUtf8Bytes(body, typeInfo);

    private async Task<T> CallAsync<T>(
        HttpMethod method,
        string serviceUrl,
        string relativePath,
        string rateKey,
        string? tenantId,
        byte[] payload,
        string operation,
        JsonTypeInfo<T> responseType,
        CancellationToken cancellationToken)
        where T : class
    {
        if (!policy.TryGetBaseUri(serviceUrl, out var baseUri))
        {
            logger.UntrustedServiceUrl(Uri.TryCreate(serviceUrl, UriKind.Absolute, out var bad) ? bad.Host : "(unparsable)");
            throw new UntrustedServiceUrlException();
        }

        var uri = new Uri(baseUri, relativePath);
        var connector = options.Value.Connector;
        for (var attempt = 1; ; attempt++)
        {
            await pacing.WaitAsync(rateKey, tenantId, cancellationToken);
            using var request = new HttpRequestMessage(method, uri) { Content = new ByteArrayContent(payload) };
            request.Content.Headers.ContentType = Json;
            if (await tokens.GetTokenAsync(cancellationToken) is { } token)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            Telemetry.ConnectorCalled(operation, (int)response.StatusCode);
            if (response.IsSuccessStatusCode)
            {
                return await ReadAsync(response, responseType, cancellationToken);
            }

            if (!RetryPolicy.IsRetryable(response.StatusCode) || attempt >= connector.MaxAttempts)
            {
                logger.ConnectorFailed((int)response.StatusCode, operation, OperationId(response));
                throw new ConnectorException(response.StatusCode, operation);
            }

            var delay = RetryPolicy.DelayBefore(attempt + 1, response, connector, time);
            logger.ConnectorRetry((int)response.StatusCode, operation, attempt, delay.TotalMilliseconds);
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (bytes.Length == 0)
        {
            return JsonSerializer.Deserialize("{}"u8, type)!;
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, type) ?? JsonSerializer.Deserialize("{}"u8, type)!;
        }
        catch (JsonException)
        {
            // The send succeeded; an odd body only means we have no id for it.
            return JsonSerializer.Deserialize("{}"u8, type)!;
        }
    }

    private static string? OperationId(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Correlating-OperationId", out var values) ? values.FirstOrDefault() : null;
}
