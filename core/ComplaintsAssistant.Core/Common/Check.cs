using System.Globalization;

namespace ComplaintsAssistant.Core.Common;

/// <summary>Small input checks that name the field and the rule, so every refusal reads the same way: the field as
/// the API names it, a stable rule code, and a sentence in words ("The response date can't be before the date the
/// complaint was received (2 April 2026)."). <paramref name="words"/> overrides <see cref="FieldWords"/> where the
/// context says more.</summary>
public static class Check
{
    public static DomainError? Required(string? value, string field, int maxLength = 200, string? words = null) =>
        string.IsNullOrWhiteSpace(value) ? DomainError.Invalid(field, "required", $"{Sentences.Capital(words ?? FieldWords.Of(field))} is required.")
        : TooLong(value, field, maxLength, words);

    public static DomainError? Optional(string? value, string field, int maxLength = 2000, string? words = null) =>
        value is null ? null : TooLong(value, field, maxLength, words);

    public static DomainError? NotInFuture(DateOnly date, DateOnly today, string field, string? words = null) =>
        date > today
            ? DomainError.Invalid(field, "date-in-future", $"{Sentences.Capital(words ?? FieldWords.Of(field))} can't be in the future ({UkDate.InWords(date)}).")
            : null;

    /// <summary>The rule is <c>{field}-before-{earliestName}</c>, e.g. <c>respondedOn-before-receivedOn</c>.</summary>
    public static DomainError? NotBefore(DateOnly date, DateOnly earliest, string field, string earliestName, string? words = null, string? earliestWords = null) =>
        date < earliest
            ? DomainError.Invalid(field, $"{field}-before-{earliestName}",
                $"{Sentences.Capital(words ?? FieldWords.Of(field))} can't be before {earliestWords ?? FieldWords.Of(earliestName)} ({UkDate.InWords(earliest)}).")
            : null;

    /// <summary>Every failure among the checks, one per field (see <see cref="DomainError.Combine"/>), or null.</summary>
    public static DomainError? All(params DomainError?[] checks) => DomainError.Combine(checks);

    private static DomainError? TooLong(string value, string field, int maxLength, string? words) =>
        value.Length > maxLength
            ? DomainError.Invalid(field, "too-long", string.Create(CultureInfo.InvariantCulture,
                $"{Sentences.Capital(words ?? FieldWords.Of(field))} must be at most {maxLength:N0} characters (it has {value.Length:N0})."))
            : null;
}
