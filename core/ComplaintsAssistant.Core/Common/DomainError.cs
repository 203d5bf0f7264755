namespace ComplaintsAssistant.Core.Common;

/// <summary>An expected failure: the request broke a rule. Translated once at each edge
/// (problem details in the API, a friendly card in the bot); never an exception.</summary>
/// <param name="Kind">Which family of failure, so edges can pick a status code.</param>
/// <param name="Field">The input field at fault (camelCase, as the API names it), or null.</param>
/// <param name="Rule">A short stable code for the broken rule, e.g. <c>response-before-receipt</c>.</param>
/// <param name="Message">A sentence a council officer can act on.</param>
public sealed record DomainError(ErrorKind Kind, string? Field, string Rule, string Message)
{
    public static DomainError Invalid(string field, string rule, string message) => new(ErrorKind.Invalid, field, rule, message);
    public static DomainError Refused(string rule, string message) => new(ErrorKind.Refused, null, rule, message);
    public static DomainError NotFound(string what) => new(ErrorKind.NotFound, null, "not-found", $"{what} was not found.");
    public static DomainError Conflict(string message) => new(ErrorKind.Conflict, null, "stale-version", message);
    public static DomainError Forbidden(string message) => new(ErrorKind.Forbidden, null, "not-permitted", message);
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
