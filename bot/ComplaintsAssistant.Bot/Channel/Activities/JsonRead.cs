using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.Channel.Activities;

/// <summary>Tolerant reads from open-ended JSON: a wrong type reads as absent, never throws.</summary>
public static class JsonRead
{
    public static string? String(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;
}
