using System.Globalization;
using System.Text;

namespace ComplaintsAssistant.Core.SubjectAccess;

/// <summary>How a person's name, email and phone are written into the person index and looked up in it, so that the
/// same person found under different spellings of the same details gives the same keys: names as lower-case tokens
/// without accents or punctuation ("O'Brien-Smith, Mary" → obrien, smith, mary), emails lower-cased, UK phone numbers as
/// +44 and the digits after the leading 0 (07700 900123, +44 7700 900123 and 0044 7700 900123 are one number).</summary>
public static class PersonKeys
{
    public const string NamePrefix = "n:";
    public const string EmailPrefix = "e:";
    public const string PhonePrefix = "p:";

    /// <summary>A name token shorter than this is an initial: indexed, but never searched for alone.</summary>
    public const int MinNameToken = 2;
    /// <summary>Fewer digits than a UK number has can't identify anyone.</summary>
    public const int MinPhoneDigits = 10;

    public static IReadOnlyList<string> NameTokens(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return [];
        var plain = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            // Apostrophes join (O'Brien is one token); hyphens and other punctuation separate (Smith-Jones is two).
            if (c is '\'' or '’') continue;
            plain.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();
    }

    public static IReadOnlyList<string> NameKeys(string? name) => NameTokens(name).Select(t => NamePrefix + t).ToArray();

    /// <summary>The address lower-cased and trimmed (from inside the angle brackets of "Name &lt;address&gt;"), or null when
    /// it isn't one (no @ between two parts).</summary>
    public static string? Email(string? text)
    {
        var open = text?.LastIndexOf('<') ?? -1;
        var close = text?.LastIndexOf('>') ?? -1;
        var inside = open >= 0 && close > open ? text![(open + 1)..close] : text;
        var address = inside?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(address)) return null;
        var at = address.IndexOf('@');
        return at > 0 && at < address.Length - 1 && !address.Any(char.IsWhiteSpace) ? address : null;
    }

    /// <summary>The number as +44 and its digits (UK numbers written with 0, +44, 0044 or (0) in the middle), +digits for
    /// another country's; null when it has too few digits to be a phone number.</summary>
    public static string? Phone(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text.Trim();
        var international = trimmed.StartsWith('+');
        var digits = new string(trimmed.Replace("(0)", "", StringComparison.Ordinal).Where(char.IsAsciiDigit).ToArray());
        if (digits.StartsWith("00", StringComparison.Ordinal)) (digits, international) = (digits[2..], true);
        if (!international && digits.StartsWith('0')) (digits, international) = ("44" + digits[1..], true);
        if (!international || digits.Length < MinPhoneDigits) return null;
        return "+" + digits;
    }

    /// <summary>The key a contact detail gives: an email's or a phone number's, or none when it is neither.</summary>
    public static string? ContactKey(string? contact) =>
        Email(contact) is { } email ? EmailPrefix + email
        : Phone(contact) is { } phone ? PhonePrefix + phone
        : null;
}
