using System.Net;
using System.Net.Sockets;

namespace ComplaintsAssistant.Bot.Tests.Api;

internal static class Unreachable
{
    /// <summary>A Cosmos endpoint nobody listens on: a loopback port just taken and let go, so connections are refused.</summary>
    public static Uri CosmosEndpoint()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"https://127.0.0.1:{port}/");
    }
}
