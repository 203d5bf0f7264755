using System.Text.RegularExpressions;
using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Bot.Conversations;

/// <summary>Core names the field at fault as the API does (<c>member.memberName</c>, <c>concerns[2]</c>); forms name inputs
/// after the same fields, under a prefix on the case card.</summary>
public static partial class FieldErrors
{
    public static FieldError From(DomainError error, string prefix = "") =>
        new(error.Field is { } field ? prefix + InputName(field) : null, error.Message);

    private static string InputName(string field)
    {
        var name = Index().Replace(field, "");
        return name switch
        {
            "member.memberName" => "memberName",
            "member" => "memberName",
            "compliment.category" => "category",
            "compliment.words" => "words",
            "compliment" => "words",
            _ => name,
        };
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
