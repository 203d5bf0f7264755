using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;

/// <summary>
/// The channel's connector on loopback: records every request (method, raw path, token, body)
/// and answers 200 <c>{"id":"n"}</c>, or the next scripted status. <see cref="WaitForAsync"/> is signalled by each arrival.
/// </summary>
internal sealed class FakeConnectorServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _script = new();
    private readonly Lock _gate = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> _waiters = [];
    private WebApplication _app = null!;
    private int _counter;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Service URL with a path, as Teams' regional ones have.</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    public static async Task<FakeConnectorServer> StartAsync()
    {
        var server = new FakeConnectorServer();
        var (app, baseUrl) = await LoopbackServer.StartAsync(app => app.Map("/{**path}", server.HandleAsync));
        server._app = app;
        server.ServiceUrl = baseUrl + "/amer/tenant-1/";
        return server;
    }

    public void Script(int status, string? retryAfter = null) => _script.Enqueue((status, retryAfter));

    public IReadOnlyList<RecordedRequest> Snapshot() => Requests.ToArray();

    /// <summary>Completes when at least <paramref name="count"/> requests have arrived. To prove that nothing more
    /// is sent, await the turn queue going idle instead and count.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForAsync(int count)
    {
        Task reached;
        lock (_gate)
        {
            if (Requests.Count >= count) return Snapshot();
            var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, waiter));
            reached = waiter.Task;
        }

        await reached.WithinHangLimit();
        return Snapshot();
    }

    public IEnumerable<string?> Texts() => Snapshot().Select(request => (string?)request.Body?["text"]);

    private async Task HandleAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        Requests.Enqueue(new RecordedRequest(
            context.Request.Method,
            context.Features.Get<IHttpRequestFeature>()!.RawTarget,
            context.Request.Headers.Authorization.ToString(),
            body.Length == 0 ? null : JsonNode.Parse(body)));
        Arrived();

        if (_script.TryDequeue(out var scripted))
        {
            context.Response.StatusCode = scripted.Status;
            if (scripted.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = scripted.RetryAfter;
            }

            await context.Response.WriteAsync("""{"error":{"code":"Scripted","message":"scripted"}}""");
            return;
        }

        var id = Interlocked.Increment(ref _counter);
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(context.Request.Path.Value!.EndsWith("/v3/conversations", StringComparison.Ordinal)
            ? $$"""{"id":"a:created-{{id}}"}"""
            : $$"""{"id":"{{id}}"}""");
    }

    private void Arrived()
    {
        lock (_gate)
        {
            var count = Requests.Count;
            foreach (var waiter in _waiters.Where(w => w.Count <= count).ToArray())
            {
                waiter.Reached.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

internal sealed record RecordedRequest(string Method, string RawTarget, string Authorization, JsonNode? Body);
