namespace ComplaintsAssistant.Core.Common;

/// <summary>An expected failure: the request broke a rule. Translated once at each edge
/// (problem details in the API, a friendly card in the bot); never an exception.</summary>
/// <param name="Kind">Which family of failure, so edges can pick a status code.</param>
/// <param name="Field">The input field at fault (camelCase, as the API names it), or null.</param>
/// <param name="Rule">A short stable code for the broken rule, e.g. <c>response-before-receipt</c>.</param>
/// <param name="Message">A sentence a council officer can act on.</param>
public sealed record DomainError(ErrorKind Kind, string? Field, string Rule, string Message)
{
    /// <summary>The other rules the same request broke, so a form can show every problem at once.</summary>
    public IReadOnlyList<DomainError> Also { get; init; } = [];

    /// <summary>This rule and every other one the request broke, this one first.</summary>
    public IReadOnlyList<DomainError> All => [this, .. Also];

    public static DomainError Invalid(string field, string rule, string message) => new(ErrorKind.Invalid, field, rule, message);
    public static DomainError Refused(string rule, string message) => new(ErrorKind.Refused, null, rule, message);
    public static DomainError NotFound(string what) => new(ErrorKind.NotFound, null, "not-found", $"{what} was not found.");
    public static DomainError Conflict(string message) => new(ErrorKind.Conflict, null, "stale-version", message);
    public static DomainError Forbidden(string message) => new(ErrorKind.Forbidden, null, "not-permitted", message);

    /// <summary>Every failure among <paramref name="errors"/> as one error (the first, with the rest in <see cref="Also"/>), or null.
    /// One per field: what is said first about a field is what to put right first.</summary>
    public static DomainError? Combine(IEnumerable<DomainError?> errors)
    {
        var found = errors.OfType<DomainError>().SelectMany(e => e.All).DistinctBy(e => e.Field ?? "\0" + e.Rule).ToArray();
        return found.Length == 0 ? null : found[0] with { Also = found[1..] };
    }
}

public enum ErrorKind
{
    /// <summary>The input itself is wrong (missing, malformed, out of range).</summary>
    Invalid,
    /// <summary>The input is well formed but the workflow does not allow it now.</summary>
    Refused,
    NotFound,
    /// <summary>Someone else changed the record since it was read.</summary>
    Conflict,
    Forbidden,
}
