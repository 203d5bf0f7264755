using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Access;
using ComplaintsAssistant.Core.Deadlines;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Prompts;

/// <summary>Managers from Microsoft Graph (<c>GET /v1.0/users/{id}/manager?$select=id</c>, application permission
/// User.Read.All), when <c>Prompts:Managers</c> is <c>Graph</c>. A manager set in configuration (<c>Access:People</c>)
/// wins; only Entra object ids are asked about. Answers, "no manager" (404) included, are kept for
/// <c>Prompts:ManagersCacheFor</c>, so a pass doesn't cost a Graph call per escalation. A failure is not an answer: it is
/// thrown as <see cref="ManagerLookupFailed"/>, the escalation is recorded as undelivered with why and tried again.</summary>
public sealed partial class GraphManagers(
    HttpClient http, Func<CancellationToken, ValueTask<string>> token, IOptionsMonitor<AccessOptions> access, TimeSpan keepFor,
    TimeProvider time, ILogger<GraphManagers> logger) : IManagerDirectory
{
    private readonly ConcurrentDictionary<string, (string? Manager, DateTimeOffset Until)> _known = new(StringComparer.OrdinalIgnoreCase);

    public async Task<string?> ManagerOfAsync(string personId, CancellationToken cancellationToken = default)
    {
        if (ConfiguredManagers.Of(access.CurrentValue, personId) is { } configured) return configured;
        if (!Guid.TryParse(personId, out _)) return null;
        if (_known.TryGetValue(personId, out var known) && known.Until > time.GetUtcNow()) return known.Manager;
        string? manager;
        try
        {
            manager = await AskAsync(personId, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException or Microsoft.Identity.Client.MsalException)
        {
            LogLookupFailed(logger, e.GetType().Name);
            throw new ManagerLookupFailed("Microsoft Graph could not be asked who manages the owner, so the escalation waits and is tried again.");
        }
        _known[personId] = (manager, time.GetUtcNow() + keepFor);
        return manager;
    }

    private async Task<string?> AskAsync(string personId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v1.0/users/{Uri.EscapeDataString(personId)}/manager?$select=id");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await token(cancellationToken));
        using var response = await http.SendAsync(request, cancellationToken);
        // Graph answers 404 for someone with no manager.
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        return (string?)body?["id"] is { Length: > 0 } id ? id : null;
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Could not look up a manager in Microsoft Graph ({ExceptionType}); the escalation is kept and tried again")]
    private static partial void LogLookupFailed(ILogger logger, string exceptionType);
}
