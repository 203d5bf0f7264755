using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace ComplaintsAssistant.Deploy.Tests.Publish;

/// <summary>The Bot Connector service a Teams message names as its serviceUrl: takes the bot's replies and hands each to
/// the test as it arrives.</summary>
public sealed class FakeConnector : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Channel<JsonObject> _replies = Channel.CreateUnbounded<JsonObject>();

    public FakeConnector()
    {
        Url = $"http://127.0.0.1:{FreePort()}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = ServeAsync();
    }

    public string Url { get; }

    /// <summary>The next activity the bot sent, in the order it sent them.</summary>
    public Task<JsonObject> NextReplyAsync() => _replies.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromMinutes(2));

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            using (var reader = new StreamReader(context.Request.InputStream))
                if (JsonNode.Parse(await reader.ReadToEndAsync()) is JsonObject activity) await _replies.Writer.WriteAsync(activity);
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync("""{"id":"reply-1"}"""u8.ToArray());
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public void Dispose() => _listener.Close();
}
