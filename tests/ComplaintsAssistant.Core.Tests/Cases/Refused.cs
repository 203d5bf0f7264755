using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Core.Tests.Cases;

/// <summary>Asserts a refusal as a user sees it: its kind, the field it names and the rule.</summary>
internal static class Refused
{
    public static DomainError Because(DomainError? error, ErrorKind kind, string? field, string rule)
    {
        Assert.NotNull(error);
        Assert.Equal((kind, field, rule), (error.Kind, error.Field, error.Rule));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        return error;
    }

    public static DomainError Invalid(DomainError? error, string field, string rule) => Because(error, ErrorKind.Invalid, field, rule);

    public static DomainError ByWorkflow(DomainError? error, string rule) => Because(error, ErrorKind.Refused, null, rule);
}
