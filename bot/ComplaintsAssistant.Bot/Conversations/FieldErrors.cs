using System.Text.RegularExpressions;
using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Bot.Conversations;

/// <summary>Core names the field at fault as the API does (<c>member.memberName</c>, <c>concerns[2]</c>); forms name inputs
/// after the same fields, under a prefix on the case card.</summary>
public static partial class FieldErrors
{
    /// <summary>Every rule core says was broken, each for the input it is about.</summary>
    public static IReadOnlyList<FieldError> From(DomainError error, string prefix = "") =>
        error.All.Select(e => new FieldError(e.Field is { } field ? prefix + InputName(field) : null, e.Message)).ToArray();

    /// <summary>What the form could not read, then what core says about the rest: where both speak of one input, the
    /// reader's word stands (core saw only a placeholder there).</summary>
    public static IReadOnlyList<FieldError> Merge(IReadOnlyList<FieldError> unreadable, IReadOnlyList<FieldError> ruled) =>
    [
        .. unreadable,
        .. ruled.Where(r => r.InputId is null || unreadable.All(u => !string.Equals(u.InputId, r.InputId, StringComparison.OrdinalIgnoreCase))),
    ];

    private static string InputName(string field)
    {
        var name = Index().Replace(field, "");
        return name switch
        {
            "member.memberName" or "member" => "memberName",
            "member.type" => "memberType",
            "compliment.category" => "category",
            "compliment.words" or "compliment" => "words",
            "compliment.source" => "source",
            "complainant.relationship" => "relationship",
            // The response form has one input per concern; rules about the outcomes show beside them as a group.
            _ when name.StartsWith("concernOutcomes", StringComparison.Ordinal) => "concernOutcomes",
            _ => name,
        };
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
