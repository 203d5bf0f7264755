using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Bot.Api.Requests;

/// <summary>Missing request fields, named as the API names them. Request records use nullable members so
/// that "missing" is told apart from a default value (an absent outcome must not become "upheld").</summary>
internal static class Require
{
    public static DomainError Missing(string field) => DomainError.Invalid(field, "required", $"{field} is required.");
}
