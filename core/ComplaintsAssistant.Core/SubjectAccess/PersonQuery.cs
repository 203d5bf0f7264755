using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Core.SubjectAccess;

/// <summary>Who to look for: any of a name, an email address and a phone number (each searched, results together).</summary>
public sealed record PersonQuery(string? Name = null, string? Email = null, string? Phone = null)
{
    /// <summary>The index keys each given detail needs (a name: all its tokens, in any order, in one field), or the
    /// first detail that can't be searched for, named.</summary>
    public Result<IReadOnlyList<IReadOnlyList<string>>> Keys()
    {
        if (Blank(Name) && Blank(Email) && Blank(Phone))
            return DomainError.Invalid("name", "person-required", "Give a name, an email address or a phone number to search for.");
        var searches = new List<IReadOnlyList<string>>();
        if (!Blank(Name))
        {
            var tokens = PersonKeys.NameTokens(Name).Where(t => t.Length >= PersonKeys.MinNameToken).ToArray();
            if (tokens.Length == 0)
                return DomainError.Invalid("name", "name-too-short", $"The name must have a word of at least {PersonKeys.MinNameToken} letters: initials alone match too many people.");
            searches.Add(tokens.Select(t => PersonKeys.NamePrefix + t).ToArray());
        }
        if (!Blank(Email))
        {
            if (PersonKeys.Email(Email) is not { } email)
                return DomainError.Invalid("email", "email-address", "The email must be a whole address, like name@example.org.");
            searches.Add([PersonKeys.EmailPrefix + email]);
        }
        if (!Blank(Phone))
        {
            if (PersonKeys.Phone(Phone) is not { } phone)
                return DomainError.Invalid("phone", "phone-number", $"The phone number must have at least {PersonKeys.MinPhoneDigits} digits, like 07700 900123.");
            searches.Add([PersonKeys.PhonePrefix + phone]);
        }
        return searches;
    }

    /// <summary>The keys that name the person: what the pack tells apart from third parties.</summary>
    public IReadOnlySet<string> AllKeys() =>
        Keys() is { Succeeded: true } keys ? keys.Value.SelectMany(k => k).ToHashSet(StringComparer.Ordinal) : new HashSet<string>();

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);
}
