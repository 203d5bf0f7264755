using Microsoft.Extensions.Logging;

namespace ComplaintsAssistant.Bot.Channel;

/// <summary>Every channel log line. Ids and types only: never message text or names.</summary>
internal static partial class ChannelLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Warning,
        Message = "LOCAL DEVELOPMENT MODE: Bot:AppId is empty, so /api/messages accepts UNAUTHENTICATED activities from loopback callers only, no connector token is sent, and the Direct Line dev endpoint is on. Never run like this outside a developer's machine.")]
    public static partial void DevelopmentModeEnabled(this ILogger logger);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Refused an activity: {Reason} (HTTP {StatusCode})")]
    public static partial void ActivityRefused(this ILogger logger, string reason, int statusCode);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Could not read the signing keys from {MetadataUrl}")]
    public static partial void MetadataUnavailable(this ILogger logger, string metadataUrl, Exception exception);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Unknown signing key id; refetching the keys from {MetadataUrl}")]
    public static partial void UnknownSigningKey(this ILogger logger, string metadataUrl);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Error, Message = "A {TurnKind} turn failed in the background ({ExceptionType})")]
    public static partial void TurnFailed(this ILogger logger, string turnKind, string exceptionType, Exception exception);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "An invoke {InvokeName} timed out after {TimeoutMs} ms")]
    public static partial void InvokeTimedOut(this ILogger logger, string invokeName, double timeoutMs);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Error, Message = "An invoke {InvokeName} failed ({ExceptionType})")]
    public static partial void InvokeFailed(this ILogger logger, string invokeName, string exceptionType, Exception exception);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information, Message = "Ignored an activity of type {ActivityType}")]
    public static partial void ActivityIgnored(this ILogger logger, string activityType);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Information, Message = "Unknown invoke {InvokeName}: answered 501")]
    public static partial void UnknownInvoke(this ILogger logger, string invokeName);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Warning, Message = "Connector answered {StatusCode} to {Operation}; retry {Attempt} in {DelayMs} ms")]
    public static partial void ConnectorRetry(this ILogger logger, int statusCode, string operation, int attempt, double delayMs);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Warning, Message = "Connector answered {StatusCode} to {Operation} (operation id {OperationId})")]
    public static partial void ConnectorFailed(this ILogger logger, int statusCode, string operation, string? operationId);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Error, Message = "Refused to call an untrusted service URL host {Host}")]
    public static partial void UntrustedServiceUrl(this ILogger logger, string host);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Warning, Message = "Turn queue shutting down with work still queued")]
    public static partial void QueueStopping(this ILogger logger);
}
