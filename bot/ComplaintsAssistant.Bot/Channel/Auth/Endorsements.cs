using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace ComplaintsAssistant.Bot.Channel.Auth;

/// <summary>
/// The Bot Framework keys document adds a non-standard <c>endorsements</c> array per key: the
/// channels that key may sign for (bot-protocol.md §2.1). A key without one endorses nothing.
/// </summary>
public static class Endorsements
{
    public static bool Endorses(JsonWebKeySet? keys, string keyId, string? channelId)
    {
        if (keys is null || string.IsNullOrEmpty(channelId))
        {
            return false;
        }

        foreach (var key in keys.Keys)
        {
            if (string.Equals(key.Kid, keyId, StringComparison.Ordinal)
                && key.AdditionalData.TryGetValue("endorsements", out var value))
            {
                return Values(value).Contains(channelId, StringComparer.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    private static IEnumerable<string> Values(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array =>
            array.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!),
        string single => [single],
        IEnumerable items => items.OfType<object>().Select(item => item.ToString() ?? string.Empty),
        _ => [],
    };
}
