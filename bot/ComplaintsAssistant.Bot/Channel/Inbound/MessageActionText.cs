using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Channel.Activities;

namespace ComplaintsAssistant.Bot.Channel.Inbound;

/// <summary>
/// The text of the chat message a message action was used on: <c>value.messagePayload.body</c>,
/// HTML in Teams (full of nulls otherwise, §8.6), reduced to plain text.
/// </summary>
public static class MessageActionText
{
    public static string From(JsonNode? invokeValue)
    {
        var body = (invokeValue?["messagePayload"] as JsonObject)?["body"] as JsonObject;
        var content = JsonRead.String(body?["content"]) ?? string.Empty;
        var contentType = JsonRead.String(body?["contentType"]);
        return string.Equals(contentType, "text", StringComparison.OrdinalIgnoreCase)
            ? content.Trim()
            : HtmlToText(content);
    }

    private static string HtmlToText(string html)
    {
        var text = new StringBuilder(html.Length);
        var inTag = false;
        var tag = new StringBuilder();
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
                tag.Clear();
            }
            else if (c == '>' && inTag)
            {
                inTag = false;
                if (IsLineBreak(tag.ToString()))
                {
                    text.Append('\n');
                }
            }
            else if (inTag)
            {
                tag.Append(c);
            }
            else
            {
                text.Append(c);
            }
        }

        return WebUtility.HtmlDecode(text.ToString()).Trim();
    }

    private static bool IsLineBreak(string tag)
    {
        var name = tag.Trim().TrimEnd('/').Trim().ToLowerInvariant();
        return name is "br" or "/p" or "/div" or "/li";
    }
}
