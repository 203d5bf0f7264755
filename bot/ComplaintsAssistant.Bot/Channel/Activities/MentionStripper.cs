using System.Text;
using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.Channel.Activities;

/// <summary>
/// Removes the bot's own @mention from message text, by entity (bot-protocol.md §7.3, §8.5):
/// only <c>&lt;at&gt;…&lt;/at&gt;</c> segments naming the bot (by the mention entity whose
/// <c>mentioned.id</c> is the recipient, or the recipient's name) are removed; other people's
/// mentions stay. Entity text may be null (fallback <c>&lt;at&gt;{name}&lt;/at&gt;</c>) or differ
/// from the message text (<c>&lt;at&gt;@Pranav Smith&lt;/at&gt;</c>), so names are compared without
/// a leading <c>@</c>, case-insensitively.
/// </summary>
public static class MentionStripper
{
    private const string Open = "<at";
    private const string Close = "</at>";

    public static string? Strip(string? text, JsonArray? entities, ChannelAccount? recipient)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var names = BotNames(entities, recipient);
        return names.Count == 0 ? text.Trim() : RemoveSegments(text, names).Trim();
    }

    private static List<string> BotNames(JsonArray? entities, ChannelAccount? recipient)
    {
        var names = new List<string>(2);
        if (!string.IsNullOrWhiteSpace(recipient?.Name))
        {
            names.Add(Normalise(recipient.Name));
        }

        if (entities is null || string.IsNullOrEmpty(recipient?.Id))
        {
            return names;
        }

        foreach (var node in entities)
        {
            if (node is not JsonObject entity || !IsString(entity["type"], "mention"))
            {
                continue;
            }

            var mentioned = entity["mentioned"] as JsonObject;
            if (!IsString(mentioned?["id"], recipient.Id))
            {
                continue;
            }

            var name = JsonRead.String(mentioned?["name"]);
            var entityText = JsonRead.String(entity["text"]) ?? (name is null ? null : $"<at>{name}</at>");
            AddIfPresent(names, name);
            AddIfPresent(names, InnerText(entityText));
        }

        return names;
    }

    private static string RemoveSegments(string text, List<string> names)
    {
        var result = new StringBuilder(text.Length);
        var position = 0;
        while (position < text.Length)
        {
            var start = text.IndexOf(Open, position, StringComparison.OrdinalIgnoreCase);
            if (start >= 0 && !IsAtTag(text, start))
            {
                result.Append(text, position, start + 1 - position);
                position = start + 1;
                continue;
            }

            var tagEnd = start < 0 ? -1 : text.IndexOf('>', start);
            var end = tagEnd < 0 ? -1 : text.IndexOf(Close, tagEnd, StringComparison.OrdinalIgnoreCase);
            if (end < 0)
            {
                result.Append(text, position, text.Length - position);
                break;
            }

            var inner = Normalise(text[(tagEnd + 1)..end]);
            var segmentEnd = end + Close.Length;
            result.Append(text, position, start - position);
            if (!names.Contains(inner, StringComparer.OrdinalIgnoreCase))
            {
                result.Append(text, start, segmentEnd - start);
            }

            position = segmentEnd;
        }

        return result.ToString();
    }

    // "<at>" or "<at id=…>" but not e.g. "<atom>".
    private static bool IsAtTag(string text, int start) =>
        start + Open.Length < text.Length && text[start + Open.Length] is '>' or ' ';

    private static string? InnerText(string? mention)
    {
        if (mention is null)
        {
            return null;
        }

        var open = mention.IndexOf('>');
        var close = mention.LastIndexOf(Close, StringComparison.OrdinalIgnoreCase);
        return open >= 0 && close > open ? mention[(open + 1)..close] : mention;
    }

    private static void AddIfPresent(List<string> names, string? name)
    {
        if (!string.IsNullOrWhiteSpace(name))
        {
            names.Add(Normalise(name));
        }
    }

    private static string Normalise(string name) => name.Trim().TrimStart('@').Trim();

    private static bool IsString(JsonNode? node, string expected) =>
        string.Equals(JsonRead.String(node), expected, StringComparison.OrdinalIgnoreCase);
}
