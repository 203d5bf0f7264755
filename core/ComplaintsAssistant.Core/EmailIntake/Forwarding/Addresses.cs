using System.Text.RegularExpressions;
using ComplaintsAssistant.Core.EmailIntake.Mime;

namespace ComplaintsAssistant.Core.EmailIntake.Forwarding;

/// <summary>Reads "Jane Smith &lt;jane@example.com&gt;", "Smith, Jane [mailto:jane@example.com]", "jane@example.com" or a
/// bare name, as quoted header lines write an author.</summary>
internal static partial class Addresses
{
    public static MailAddress? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var value = text.Length > 300 ? text[..300] : text;
        var email = Email().Match(value);
        var name = (email.Success ? value.Remove(email.Index, email.Length) : value)
            .Replace("mailto:", "", StringComparison.OrdinalIgnoreCase)
            .Replace("<>", "").Replace("[]", "").Replace("()", "")
            .Trim().Trim('"', '\'', ',', '<', '>', '[', ']', '(', ')').Trim();
        if (name.Contains('@')) name = "";
        // Outlook inside organisations writes "Smith, Jane"; people write "Jane Smith".
        if (CommaName().Match(name) is { Success: true } comma) name = $"{comma.Groups[2].Value} {comma.Groups[1].Value}";
        return new MailAddress(name.Length == 0 ? null : name, email.Success ? email.Value.ToLowerInvariant() : null);
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+'\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){1,8}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"^([\p{L}'\-]+),\s*([\p{L}'\- ]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex CommaName();
}
