using Microsoft.Extensions.Logging;

namespace ComplaintsAssistant.Bot.Conversations;

/// <summary>What the conversation layer logs: verbs, references and ids only, never what people typed.</summary>
internal static partial class ConversationLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Turn {Kind} handled as {Verb}")]
    public static partial void Handled(this ILogger logger, string kind, string verb);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Unknown person {ObjectId} was told they are not set up")]
    public static partial void UnknownPerson(this ILogger logger, string objectId);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Logged {Reference} (created {Created})")]
    public static partial void Logged(this ILogger logger, string reference, bool created);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "{Verb} on case {CaseId} refused: {Rule}")]
    public static partial void Refused(this ILogger logger, string verb, string caseId, string rule);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Information, Message = "{Verb} done on {Reference}")]
    public static partial void Changed(this ILogger logger, string verb, string reference);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Information, Message = "Card action with unknown verb {Verb}")]
    public static partial void UnknownVerb(this ILogger logger, string verb);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Information, Message = "Log form refused: {Rule}")]
    public static partial void LogRefused(this ILogger logger, string rule);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Warning, Message = "{Verb} not done: the case store did not answer ({Cause})")]
    public static partial void StoreUnavailable(this ILogger logger, string verb, string cause);
}
