using System.Net;
using Microsoft.AspNetCore.Http;

namespace ComplaintsAssistant.Bot.Channel.Inbound;

/// <summary>Is the caller on this machine? The only callers development mode serves.</summary>
public static class Loopback
{
    public static bool IsLoopback(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } address
        && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
