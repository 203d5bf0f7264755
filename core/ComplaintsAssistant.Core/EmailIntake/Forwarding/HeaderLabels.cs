using System.Text.RegularExpressions;

namespace ComplaintsAssistant.Core.EmailIntake.Forwarding;

/// <summary>The labels of quoted header lines in the languages of the mail clients councils' correspondents use.</summary>
internal static partial class HeaderLabels
{
    public enum Label { From, Date, To, Cc, Subject }

    private static readonly Dictionary<string, Label> Labels = Build(
        (Label.From, "from|de|von|od|oddi wrth|gan|van|da|de la|nuo|kimden|remitente|expéditeur"),
        (Label.Date, "sent|date|envoyé|envoye|gesendet|datum|wysłano|wyslano|data|fecha|enviado|inviato|verzonden|anfonwyd|dyddiad|trimis|išsiųsta|tarih|sent at"),
        (Label.To, "to|à|a|an|do|para|aan|per|către|catre|kam|kime|i|at"),
        (Label.Cc, "cc|kopie|dw|kopia|cc'd|bcc"),
        (Label.Subject, "subject|objet|betreff|temat|asunto|oggetto|onderwerp|pwnc|subiect|tema|assunto|konu"));

    /// <summary>The label and value of a quoted header line ("&gt; *From:* Jane Smith" gives From, "Jane Smith").</summary>
    public static (Label Label, string Value)? Read(string line)
    {
        var m = KeyLine().Match(line);
        if (!m.Success) return null;
        return Labels.TryGetValue(m.Groups["key"].Value.Trim().ToLowerInvariant(), out var label)
            ? (label, m.Groups["value"].Value.Trim().Trim('*').Trim())
            : null;
    }

    private static Dictionary<string, Label> Build(params (Label Label, string Words)[] rows)
    {
        var table = new Dictionary<string, Label>(StringComparer.Ordinal);
        foreach (var (label, words) in rows)
            foreach (var word in words.Split('|')) table.TryAdd(word, label);
        return table;
    }

    [GeneratedRegex(@"^[>\s]*\**(?<key>[\p{L}' ]{1,14}?)\s?:\**\s?\**(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyLine();
}
