namespace ComplaintsAssistant.Bot.Channel.Activities;

/// <summary><c>{id}</c> returned by the connector for a sent activity, or by Direct Line for a posted one.</summary>
public sealed record ResourceResponse(string? Id);

/// <summary><c>{id, activityId, serviceUrl}</c> returned when a conversation is created.</summary>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);
