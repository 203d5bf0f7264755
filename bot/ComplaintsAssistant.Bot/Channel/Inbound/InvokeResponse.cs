using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.Channel.Inbound;

/// <summary>The synchronous answer to an invoke: HTTP status and JSON body.</summary>
public sealed record InvokeResponse(int HttpStatus, JsonObject Body);
