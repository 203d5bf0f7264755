using ComplaintsAssistant.Core.Common;
using Microsoft.AspNetCore.Mvc;

namespace ComplaintsAssistant.Bot.Api;

/// <summary>The one translation from a domain refusal to RFC 7807 problem details: the status says what
/// kind of failure, <c>field</c> and <c>rule</c> say exactly what to fix first, and <c>errors</c> lists every
/// rule the request broke (field → messages), so a client can show them all at once.</summary>
internal static class ApiProblems
{
    /// <param name="status">Overrides the status the kind of error gives (the intake answers 413 and 422 for emails it can't read).</param>
    public static IResult From(DomainError error, bool versionQuoted = false, int? status = null)
    {
        status ??= error.Kind switch
        {
            ErrorKind.Invalid => StatusCodes.Status400BadRequest,
            ErrorKind.Refused => StatusCodes.Status409Conflict,
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            // With If-Match the client asked for a precondition; without it the write raced another.
            ErrorKind.Conflict => versionQuoted ? StatusCodes.Status412PreconditionFailed : StatusCodes.Status409Conflict,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status400BadRequest,
        };
        var problem = Details(status.Value, error.Rule, error.Message, error.Field);
        if (error.Also.Count > 0)
            problem.Extensions["errors"] = error.All.Where(e => e.Field is not null)
                .GroupBy(e => e.Field!).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        return TypedResults.Problem(problem);
    }

    /// <summary>200 with the value, or the refusal as problem details.</summary>
    public static IResult OkOr<T>(Result<T> answer) => answer.Error is { } refused ? From(refused) : TypedResults.Ok(answer.Value);

    /// <summary>A change sent without <c>If-Match</c>: it could overwrite a change the caller never saw.</summary>
    public static IResult IfMatchRequired(Guid id) => TypedResults.Problem(Details(StatusCodes.Status428PreconditionRequired, "if-match-required",
        $"Read the case first (GET /api/cases/{id}) and send its ETag in If-Match, so your change is made to the case as you saw it.", "If-Match"));

    public static ProblemDetails Details(int status, string rule, string message, string? field)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Title = Title(status),
            Detail = message,
            Type = $"https://complaints-assistant.example/problems/{rule}",
        };
        problem.Extensions["rule"] = rule;
        if (field is not null)
        {
            problem.Extensions["field"] = field;
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [message] };
        }
        return problem;
    }

    private static string Title(int status) => status switch
    {
        400 => "The request is not valid",
        403 => "Not permitted",
        404 => "Not found",
        409 => "Not allowed now",
        412 => "The case has changed since you read it",
        405 => "Method not allowed",
        413 => "The request is too large",
        415 => "The body must be JSON",
        422 => "The email could not be read",
        428 => "Read the case first",
        _ => "The request failed",
    };
}
