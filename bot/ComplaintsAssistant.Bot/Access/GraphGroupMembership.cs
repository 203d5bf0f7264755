using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.Access;

/// <summary>Asks Microsoft Graph (<c>POST /v1.0/users/{id}/checkMemberGroups</c>, application permissions
/// GroupMember.Read.All and User.Read.All, the least Graph takes for a user) which of the configured groups a user is in:
/// only those groups are asked about, never the user's whole membership. Answers are kept for a while so a chat doesn't
/// cost a Graph call per message; a Graph failure means "no groups" (the person is told they are not set up) and is
/// retried on their next message.</summary>
public sealed partial class GraphGroupMembership(
    HttpClient http, Func<CancellationToken, ValueTask<string>> token, TimeProvider time, ILogger<GraphGroupMembership> logger) : IGroupMembership
{
    /// <summary>Graph takes at most 20 group ids per checkMemberGroups call.</summary>
    private const int GroupsPerCall = 20;
    public static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, (IReadOnlyList<string> Groups, DateTimeOffset Until)> _known = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IReadOnlyList<string>> MemberOfAsync(string objectId, IReadOnlyList<string> candidateGroupIds, CancellationToken cancellationToken)
    {
        if (candidateGroupIds.Count == 0) return [];
        if (_known.TryGetValue(objectId, out var known) && known.Until > time.GetUtcNow()) return known.Groups;
        try
        {
            var member = new List<string>();
            foreach (var chunk in candidateGroupIds.Chunk(GroupsPerCall))
                member.AddRange(await CheckAsync(objectId, chunk, cancellationToken));
            _known[objectId] = (member, time.GetUtcNow() + KeepFor);
            return member;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            LogLookupFailed(logger, e.GetType().Name);
            return [];
        }
    }

    private async Task<IEnumerable<string>> CheckAsync(string objectId, string[] groupIds, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v1.0/users/{Uri.EscapeDataString(objectId)}/checkMemberGroups")
        {
            Content = JsonContent.Create(new JsonObject { ["groupIds"] = new JsonArray(groupIds.Select(g => (JsonNode)g).ToArray()) }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await token(cancellationToken));
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        return body?["value"]?.AsArray().Select(v => v?.GetValue<string>()).OfType<string>() ?? [];
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Could not look up group membership in Microsoft Graph ({ExceptionType}); treating the user as in no configured group")]
    private static partial void LogLookupFailed(ILogger logger, string exceptionType);
}
