using System.Text;
using MimeKit.Text;

namespace ComplaintsAssistant.Core.EmailIntake.Text;

/// <summary>
/// Reduces HTML mail to plain text; the result is the only form in which an HTML body goes anywhere (pane, card,
/// report), so nothing of it is ever rendered. Scripts, styles, images (tracking pixels), forms and hidden
/// elements are dropped; links keep their words only and are listed separately for the phishing rule.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<HtmlTagId> Dropped =
    [
        HtmlTagId.Script, HtmlTagId.Style, HtmlTagId.Head, HtmlTagId.Title, HtmlTagId.NoScript, HtmlTagId.Object,
        HtmlTagId.IFrame, HtmlTagId.Frame, HtmlTagId.FrameSet, HtmlTagId.Applet, HtmlTagId.Embed, HtmlTagId.Select, HtmlTagId.Button,
        HtmlTagId.TextArea, HtmlTagId.Map, HtmlTagId.Form,
    ];

    private static readonly HashSet<HtmlTagId> Blocks =
    [
        HtmlTagId.P, HtmlTagId.Div, HtmlTagId.Br, HtmlTagId.TR, HtmlTagId.LI, HtmlTagId.H1, HtmlTagId.H2, HtmlTagId.H3,
        HtmlTagId.H4, HtmlTagId.H5, HtmlTagId.H6, HtmlTagId.Table, HtmlTagId.BlockQuote, HtmlTagId.HR, HtmlTagId.UL, HtmlTagId.OL,
        HtmlTagId.Pre, HtmlTagId.Address, HtmlTagId.Center, HtmlTagId.DD, HtmlTagId.DT, HtmlTagId.Body,
    ];

    public static (string Text, IReadOnlyList<Link> Links) ToText(string html, int maxChars)
    {
        var text = new StringBuilder();
        var links = new List<Link>();
        var tokenizer = new HtmlTokenizer(new StringReader(html));
        // An element we skip, and how many of the same name opened inside it: the skip ends at its own end tag.
        HtmlTagId? skipping = null;
        string? skippingName = null;
        int skipDepth = 0;
        string? href = null;
        int linkStart = 0;

        while (text.Length < maxChars && tokenizer.ReadNextToken(out var token))
        {
            if (token is HtmlTagToken tag)
            {
                if (skipping is not null)
                {
                    if (tag.Name == skippingName && !tag.IsEmptyElement) skipDepth += tag.IsEndTag ? -1 : 1;
                    if (skipDepth == 0) skipping = null;
                    continue;
                }
                if (!tag.IsEndTag && !tag.IsEmptyElement && !IsVoid(tag.Id) && (Dropped.Contains(tag.Id) || IsHidden(tag)))
                {
                    (skipping, skippingName, skipDepth) = (tag.Id, tag.Name, 1);
                    continue;
                }
                if (tag.Id == HtmlTagId.A && !tag.IsEndTag)
                {
                    href = tag.Attributes.FirstOrDefault(a => a.Id == HtmlAttributeId.Href)?.Value;
                    linkStart = text.Length;
                }
                else if (tag.Id == HtmlTagId.A && href is not null)
                {
                    if (links.Count < 200) links.Add(new Link(href, text.ToString(linkStart, text.Length - linkStart).Trim()));
                    href = null;
                }
                // One line break per block boundary, however many blocks open or close there.
                if (Blocks.Contains(tag.Id) && text.Length > 0 && text[^1] != '\n') text.Append('\n');
                else if (tag.Id is HtmlTagId.TD or HtmlTagId.TH && !tag.IsEndTag) text.Append(' ');
            }
            else if (skipping is null && token is HtmlDataToken data and not HtmlScriptDataToken)
            {
                AppendCollapsed(text, data.Data);
            }
        }
        var result = text.Length > maxChars ? text.ToString(0, maxChars) : text.ToString();
        return (Tidy(result), links);
    }

    private static bool IsVoid(HtmlTagId id) => id is HtmlTagId.Br or HtmlTagId.Image or HtmlTagId.HR or HtmlTagId.Meta or HtmlTagId.Link
        or HtmlTagId.Input or HtmlTagId.Area or HtmlTagId.Base or HtmlTagId.Col or HtmlTagId.Param or HtmlTagId.Source or HtmlTagId.Wbr;

    // Text a reader never sees is text a phisher wants filters to see (or not): it is not read.
    private static bool IsHidden(HtmlTagToken tag)
    {
        foreach (var attribute in tag.Attributes)
        {
            if (attribute.Name.Equals("hidden", StringComparison.OrdinalIgnoreCase)) return true;
            if (attribute.Id != HtmlAttributeId.Style || attribute.Value is null) continue;
            var style = attribute.Value.Replace(" ", "").ToLowerInvariant();
            if (style.Contains("display:none") || style.Contains("visibility:hidden") || style.Contains("font-size:0")
                || style.Contains("opacity:0;") || style.EndsWith("opacity:0") || style.Contains("max-height:0")) return true;
        }
        return false;
    }

    // HTML collapses runs of white space; newlines in the source are not line breaks.
    private static void AppendCollapsed(StringBuilder text, string data)
    {
        foreach (var c in data)
        {
            var ch = char.IsWhiteSpace(c) ? ' ' : c;
            if (ch == ' ' && (text.Length == 0 || text[^1] is ' ' or '\n')) continue;
            text.Append(ch);
        }
    }

    private static string Tidy(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim());
        var tidy = new StringBuilder();
        int blank = 0;
        foreach (var line in lines)
        {
            blank = line.Length == 0 ? blank + 1 : 0;
            if (blank <= 1) tidy.Append(line).Append('\n');
        }
        return tidy.ToString().Trim();
    }
}
