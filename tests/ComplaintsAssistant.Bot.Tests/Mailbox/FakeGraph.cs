using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ComplaintsAssistant.Bot.Tests.Mailbox;

/// <summary>
/// A fake Microsoft Graph on loopback serving one mailbox's inbox as Graph's delta query does: the first round pages
/// through every message (<c>@odata.nextLink</c>, page size from <c>Prefer: odata.maxpagesize</c>) and ends with a
/// <c>@odata.deltaLink</c>; a round from a delta link returns what arrived or was removed since. It serves each message's
/// MIME at <c>/messages/{id}/$value</c>, and can forget delta links (410 Gone) and throttle (429 with Retry-After).
/// </summary>
internal sealed partial class FakeGraph : IAsyncDisposable
{
    private readonly object _gate = new();
    private readonly List<(string Id, string MessageId, byte[] Mime)> _inbox = [];
    /// <summary>Changes in arrival order: a message added (its index in the inbox) or removed (its id).</summary>
    private readonly List<(string Id, bool Removed)> _changes = [];
    private readonly HashSet<int> _forgotten = [];
    private readonly List<(int Count, TaskCompletionSource Reached)> _deltaWaits = [];
    private int _deltaCalls;
    private WebApplication _app = null!;

    public string Mailbox { get; } = "complaints@thornbury.gov.uk";
    public string BaseUrl { get; private set; } = "";
    public List<(string Path, string Prefer, string Auth)> Calls { get; } = [];
    /// <summary>How many of the next requests are answered 429 with <c>Retry-After: 0</c>.</summary>
    public int ThrottleNext { get; set; }

    public static async Task<FakeGraph> StartAsync()
    {
        var graph = new FakeGraph();
        (graph._app, graph.BaseUrl) = await LoopbackServer.StartAsync(app => app.MapGet("/v1.0/users/{mailbox}/{**rest}", graph.Answer));
        return graph;
    }

    public string Deliver(string mime)
    {
        var messageId = MessageIdOf().Match(mime).Groups[1].Value;
        lock (_gate)
        {
            var id = $"AAMkImmutable{_inbox.Count:D4}";
            _inbox.Add((id, messageId, Encoding.UTF8.GetBytes(mime)));
            _changes.Add((id, false));
            return id;
        }
    }

    public void Remove(string id)
    {
        lock (_gate) _changes.Add((id, true));
    }

    /// <summary>Every delta link given so far answers 410 Gone from now on.</summary>
    public void ForgetDeltaLinks()
    {
        lock (_gate) for (var i = 0; i <= _changes.Count; i++) _forgotten.Add(i);
    }

    /// <summary>Completes when the mailbox's delta has been asked for <paramref name="count"/> times (throttled or not).</summary>
    public Task WhenDeltaCalls(int count)
    {
        lock (_gate)
        {
            if (_deltaCalls >= count) return Task.CompletedTask;
            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _deltaWaits.Add((count, reached));
            return reached.Task;
        }
    }

    private IResult Answer(string mailbox, string rest, HttpContext http)
    {
        lock (_gate)
        {
            if (rest.EndsWith("/delta", StringComparison.Ordinal) && http.Request.Query["$skiptoken"].Count == 0)
            {
                _deltaCalls++;
                foreach (var wait in _deltaWaits.Where(w => w.Count <= _deltaCalls)) wait.Reached.TrySetResult();
            }
            Calls.Add((http.Request.Path + http.Request.QueryString, string.Join(" | ", http.Request.Headers["Prefer"].ToArray()), http.Request.Headers.Authorization.ToString()));
            if (ThrottleNext > 0)
            {
                ThrottleNext--;
                http.Response.Headers.RetryAfter = "0";
                return Results.StatusCode(429);
            }
            if (!string.Equals(mailbox, Mailbox, StringComparison.OrdinalIgnoreCase)) return Results.StatusCode(403);
            if (rest == "mailFolders('inbox')/messages/delta") return Delta(http);
            var value = ValuePath().Match(rest);
            if (value.Success && _inbox.FirstOrDefault(m => m.Id == value.Groups[1].Value) is { Mime: not null } message)
                return Results.Bytes(message.Mime, "message/rfc822");
            return Results.Json(new { error = new { code = "ErrorItemNotFound" } }, statusCode: 404);
        }
    }

    /// <summary>$skiptoken = "from,to": a page of the changes between; $deltatoken = where the last round ended.</summary>
    private IResult Delta(HttpContext http)
    {
        var query = http.Request.Query;
        int from, to;
        if (query["$skiptoken"].ToString() is { Length: > 0 } skip)
        {
            var parts = skip.Split(',');
            (from, to) = (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
        }
        else if (query["$deltatoken"].ToString() is { Length: > 0 } token)
        {
            from = int.Parse(token, CultureInfo.InvariantCulture);
            if (_forgotten.Contains(from)) return Results.Json(new { error = new { code = "SyncStateNotFound" } }, statusCode: 410);
            to = _changes.Count;
        }
        else
        {
            (from, to) = (0, _changes.Count);
        }
        var size = PageSize().Match(http.Request.Headers["Prefer"].ToString()) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 10;
        var fresh = query["$skiptoken"].Count == 0 && query["$deltatoken"].Count == 0;
        var page = _changes.Skip(from).Take(Math.Min(size, to - from))
            .Where(c => !fresh || !c.Removed)
            .Select(c => c.Removed
                ? new JsonObject { ["@odata.type"] = "#microsoft.graph.message", ["id"] = c.Id, ["@removed"] = new JsonObject { ["reason"] = "deleted" } }
                : new JsonObject { ["@odata.type"] = "#microsoft.graph.message", ["id"] = c.Id, ["internetMessageId"] = _inbox.First(i => i.Id == c.Id).MessageId })
            .ToList();
        var next = Math.Min(from + size, to);
        var link = $"{BaseUrl}/v1.0/users/{Mailbox}/mailFolders('inbox')/messages/delta?";
        var body = new JsonObject { ["value"] = new JsonArray([.. page]) };
        if (next < to) body["@odata.nextLink"] = link + $"$skiptoken={next},{to}";
        else body["@odata.deltaLink"] = link + $"$deltatoken={to}";
        return Results.Json(body);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [GeneratedRegex(@"Message-ID: (<[^>]+>)", RegexOptions.IgnoreCase)]
    private static partial Regex MessageIdOf();

    [GeneratedRegex(@"^messages/([^/]+)/\$value$")]
    private static partial Regex ValuePath();

    [GeneratedRegex(@"odata\.maxpagesize=(\d+)")]
    private static partial Regex PageSize();
}
