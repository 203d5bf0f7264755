using System.Net;

namespace ComplaintsAssistant.Bot.Channel.Connector;

/// <summary>The connector refused a call for good (after any retries).</summary>
public sealed class ConnectorException(HttpStatusCode statusCode, string operation)
    : Exception($"The connector answered {(int)statusCode} to {operation}.")
{
    public HttpStatusCode StatusCode { get; } = statusCode;

    /// <summary>Which call was refused ("send", "reply", "update", "create").</summary>
    public string Operation { get; } = operation;

    /// <summary>Teams refused to start the chat, so nothing was delivered.</summary>
    public bool RefusedToCreateChat => Operation == "create";
}

/// <summary>The service URL is not one the bot token may be sent to.</summary>
public sealed class UntrustedServiceUrlException() : Exception("The service URL is not trusted.");
