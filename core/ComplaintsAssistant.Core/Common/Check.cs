namespace ComplaintsAssistant.Core.Common;

/// <summary>Small input checks that name the field and the rule, so every refusal reads the same way.</summary>
public static class Check
{
    public static DomainError? Required(string? value, string field, int maxLength = 200) =>
        string.IsNullOrWhiteSpace(value) ? DomainError.Invalid(field, "required", $"{field} is required.")
        : value.Length > maxLength ? DomainError.Invalid(field, "too-long", $"{field} must be at most {maxLength} characters.")
        : null;

    public static DomainError? Optional(string? value, string field, int maxLength = 2000) =>
        value is not null && value.Length > maxLength
            ? DomainError.Invalid(field, "too-long", $"{field} must be at most {maxLength} characters.")
            : null;

    public static DomainError? NotInFuture(DateOnly date, DateOnly today, string field) =>
        date > today ? DomainError.Invalid(field, "date-in-future", $"{field} ({date:yyyy-MM-dd}) cannot be in the future.") : null;

    public static DomainError? NotBefore(DateOnly date, DateOnly earliest, string field, string earliestName) =>
        date < earliest
            ? DomainError.Invalid(field, $"{field}-before-{earliestName}", $"{field} ({date:yyyy-MM-dd}) cannot be before {earliestName} ({earliest:yyyy-MM-dd}).")
            : null;

    public static DomainError? NotNegative(decimal amount, string field) =>
        amount < 0 ? DomainError.Invalid(field, "negative-amount", $"{field} cannot be negative.") : null;

    /// <summary>The first failure of several checks, or null.</summary>
    public static DomainError? First(params DomainError?[] checks) => checks.FirstOrDefault(c => c is not null);
}
