using System.Text.RegularExpressions;
using static ComplaintsAssistant.Core.EmailIntake.Forwarding.HeaderLabels;

namespace ComplaintsAssistant.Core.EmailIntake.Forwarding;

/// <summary>
/// Finds the messages quoted in a body, top (newest) first: forwarded header blocks in the layouts of Outlook,
/// Gmail, Apple Mail and Thunderbird and their translations, and reply attributions ("On … wrote:"). What lies above
/// the first is the sender's own note.
/// </summary>
public static partial class ForwardParser
{
    private const int MaxLines = 20_000;
    private const int MaxBlocks = 50;

    public static (string Note, IReadOnlyList<QuotedMessage> Quoted) Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n', MaxLines + 1);
        if (lines.Length > MaxLines) lines = lines[..MaxLines];

        var starts = new List<(int Start, int BodyStart, ForwardLayout Layout, Dictionary<Label, string> Fields)>();
        for (int i = 0; i < lines.Length && starts.Count < MaxBlocks; i++)
        {
            if (Attribution(lines, i) is { } attribution)
            {
                starts.Add((i, i + attribution.Lines, ForwardLayout.ReplyAttribution, attribution.Fields));
                i += attribution.Lines - 1;
                continue;
            }
            if (HeaderBlock(lines, i) is not { } block) continue;
            var (layout, markerAt) = Marker(lines, i);
            starts.Add((markerAt ?? i, block.End, layout, block.Fields));
            i = block.End - 1;
        }

        var note = string.Join('\n', lines.Take(starts.Count == 0 ? lines.Length : starts[0].Start)).Trim();
        var quoted = new List<QuotedMessage>();
        for (int b = 0; b < starts.Count; b++)
        {
            var end = b + 1 < starts.Count ? starts[b + 1].Start : lines.Length;
            var body = string.Join('\n', lines[Math.Min(starts[b].BodyStart, end)..end].Select(Unquote)).Trim();
            var fields = starts[b].Fields;
            quoted.Add(new QuotedMessage(
                starts[b].Layout,
                Addresses.Read(fields.GetValueOrDefault(Label.From)),
                fields.GetValueOrDefault(Label.Date),
                fields.GetValueOrDefault(Label.Subject),
                body));
        }
        return (note, quoted);
    }

    // A run of quoted header lines with an author and a date or subject; blank lines between them are allowed
    // (HTML mail reduced to text puts them there), wrapped To/Cc lists continue without a label.
    private static (int End, Dictionary<Label, string> Fields)? HeaderBlock(string[] lines, int start)
    {
        if (Read(lines[start]) is null) return null;
        var fields = new Dictionary<Label, string>();
        int i = start, lastLabelled = start, gap = 0;
        Label? previous = null;
        for (; i < lines.Length && i < start + 24; i++)
        {
            var line = lines[i];
            if (Read(line) is { } field && !fields.ContainsKey(field.Label))
            {
                fields[field.Label] = field.Value;
                (previous, lastLabelled, gap) = (field.Label, i, 0);
                continue;
            }
            if (string.IsNullOrWhiteSpace(Unquote(line)) && ++gap <= 1) continue;
            if (previous is Label.To or Label.Cc && line.Contains('@') && gap == 0) continue;
            break;
        }
        bool isBlock = fields.ContainsKey(Label.From) && (fields.ContainsKey(Label.Date) || fields.ContainsKey(Label.Subject)) && fields.Count >= 3
            || fields.ContainsKey(Label.From) && fields.ContainsKey(Label.Date);
        return isBlock ? (lastLabelled + 1, fields) : null;
    }

    private static (ForwardLayout Layout, int? At) Marker(string[] lines, int blockStart)
    {
        for (int i = blockStart - 1; i >= 0 && i >= blockStart - 3; i--)
        {
            var line = Unquote(lines[i]).Trim();
            if (line.Length == 0) continue;
            if (GmailMarker().IsMatch(line)) return (ForwardLayout.Gmail, i);
            if (ThunderbirdMarker().IsMatch(line)) return (ForwardLayout.Thunderbird, i);
            if (AppleMarker().IsMatch(line)) return (ForwardLayout.AppleMail, i);
            if (OutlookMarker().IsMatch(line)) return (ForwardLayout.Outlook, i);
            break;
        }
        var sentLabel = lines.Skip(blockStart).Take(8).Any(l => SentLabel().IsMatch(l));
        return (sentLabel ? ForwardLayout.Outlook : ForwardLayout.HeaderBlock, null);
    }

    // "On Fri, 3 Apr 2026 at 17:45, Jane Smith <jane@example.com> wrote:", possibly wrapped onto a second line.
    private static (int Lines, Dictionary<Label, string> Fields)? Attribution(string[] lines, int i)
    {
        var line = Unquote(lines[i]).Trim();
        if (!AttributionStart().IsMatch(line) || line.Length > 400) return null;
        int used = 1;
        if (!AttributionEnd().IsMatch(line) && i + 1 < lines.Length && AttributionEnd().IsMatch(Unquote(lines[i + 1]).Trim()))
        {
            line += " " + Unquote(lines[i + 1]).Trim();
            used = 2;
        }
        // German puts the verb before the author: "Am Fr., 3. Apr. 2026 um 17:45 Uhr schrieb Hans Müller <hans@…>:".
        if (VerbFirst().Match(line) is { Success: true } german)
            return (used, new Dictionary<Label, string> { [Label.From] = german.Groups["who"].Value.Trim(), [Label.Date] = german.Groups["date"].Value.Trim().Trim(',') });
        var m = Attributed().Match(line);
        if (!m.Success) return null;
        var who = m.Groups["who"].Value;
        var dateAndName = m.Groups["date"].Value;
        // The author is what follows the time (or the last comma): "…at 17:45, Jane Smith <…>".
        var split = AfterTime().Match(dateAndName);
        var datePart = split.Success ? dateAndName[..(split.Index + split.Length)] : dateAndName;
        var name = split.Success ? dateAndName[(split.Index + split.Length)..] : "";
        return (used, new Dictionary<Label, string> { [Label.From] = (name + " " + who).Trim().Trim(','), [Label.Date] = datePart.Trim().Trim(',') });
    }

    private static string Unquote(string line) => QuotePrefix().Replace(line, "");

    [GeneratedRegex(@"^[>\s]*(?:>\s?)+", RegexOptions.CultureInvariant)]
    private static partial Regex QuotePrefix();

    [GeneratedRegex(@"^-{9,}\s*(?:forwarded message|wiadomość przekazana dalej|message transféré|weitergeleitete nachricht|mensaje reenviado|messaggio inoltrato|neges wedi'i hanfon ymlaen|doorgestuurd bericht|mesaj redirecționat|mensagem encaminhada)\s*-{9,}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GmailMarker();

    [GeneratedRegex(@"^-{6,8}\s*(?:forwarded message|message transféré|weitergeleitete nachricht|przekazana wiadomość|mensaje reenviado)\s*-{6,8}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThunderbirdMarker();

    [GeneratedRegex(@"^(?:begin forwarded message|début du message réexpédié|anfang der weitergeleiteten nachricht|początek przekazywanej wiadomości|inicio del mensaje reenviado)\s?:$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AppleMarker();

    [GeneratedRegex(@"^(?:-{3,}\s*(?:original message|message d'origine|ursprüngliche nachricht|wiadomość oryginalna|mensaje original|messaggio originale|oorspronkelijk bericht|neges wreiddiol)\s*-{3,}|_{10,})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OutlookMarker();

    [GeneratedRegex(@"^[>\s]*\**(?:sent|envoyé|gesendet|wysłano|enviado|inviato|verzonden|anfonwyd|trimis)\s?:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SentLabel();

    [GeneratedRegex(@"^(?:on|le|am|w dniu|el|il|op|ar|em|în|în data de|dnia)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttributionStart();

    [GeneratedRegex(@"(?:wrote|a écrit|schrieb|napisał\(a\)|napisał|napisała|escribió|ha scritto|schreef|ysgrifennodd|escreveu|a scris)\s?:$|\bschrieb\s.+:$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttributionEnd();

    [GeneratedRegex(@"^am\s(?<date>.+?)\sschrieb\s(?<who>.+?)\s?:$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VerbFirst();

    [GeneratedRegex(@"^(?:on|le|am|w dniu|el|il|op|ar|em|în data de|în|dnia)\s(?<date>.+?)\s?(?<who><[^<>\s]+@[^<>\s]+>|[^\s<>]+@[^\s<>]+)?\s*(?:wrote|a écrit|schrieb|napisał\(a\)|napisał|napisała|escribió|ha scritto|schreef|ysgrifennodd|escreveu|a scris)\s?:$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Attributed();

    [GeneratedRegex(@"\d{1,2}(?::|\s?h\s?)\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?(?:\s?(?:uhr|gmt|bst|utc|[+-]\d{4}))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AfterTime();
}
