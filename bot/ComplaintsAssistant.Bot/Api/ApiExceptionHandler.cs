using System.Text.Json;
using ComplaintsAssistant.Core.Common;
using Microsoft.AspNetCore.Diagnostics;

namespace ComplaintsAssistant.Bot.Api;

/// <summary>Bodies that cannot be read (malformed JSON, wrong types, unknown fields, a value outside a list) become problem
/// details naming the JSON path, listing the values a list field takes; anything unexpected becomes a bare 500 whose text
/// never reaches the caller.</summary>
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, rule, message, field) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                (413, "body-too-large", $"The request body is larger than the {Hosting.HostingExtensions.MaxRequestBytes / 1024} KB allowed.", (string?)null),
            BadHttpRequestException { InnerException: JsonException json } when EnumValues(context, json) is { } values =>
                (400, Field(json.Path) == "kind" ? "unknown-kind" : "unknown-value", NotOneOf(Field(json.Path)!, values), Field(json.Path)),
            BadHttpRequestException { InnerException: JsonException json } =>
                (400, "malformed-json", Explain(json), Field(json.Path)),
            BadHttpRequestException bad => (bad.StatusCode, "bad-request", "The request could not be read: check the URL, the headers and that the body is JSON.", null),
            _ => (500, "unexpected", "Something went wrong on our side. Nothing was changed; please try again.", null),
        };
        if (status == 500) LogUnexpected(logger, exception.GetType().Name, context.Request.Path);

        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = ApiProblems.Details(status, rule, message, field),
            Exception = exception,
        });
    }

    private static string Explain(JsonException json) => json.Path is { Length: > 1 } path
        ? $"The JSON is not valid at {Field(path)}: check that field's type and spelling (enum values are names such as \"statutoryComplaint\", dates are YYYY-MM-DD)."
        : "The body is not valid JSON.";

    /// <summary>The values of the enum the body's field at the error takes, when it is one.</summary>
    private static IReadOnlyList<string>? EnumValues(HttpContext context, JsonException json) => RequestEnums.ValuesAt(
        context.Features.Get<IExceptionHandlerFeature>()?.Endpoint?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.RequestType,
        json.Path);

    private static string NotOneOf(string field, IReadOnlyList<string> values)
    {
        var words = FieldWords.Of(field);
        return $"{(words == field ? field : $"{Sentences.Capital(words)} ({field})")} must be one of: {string.Join(", ", values)}.";
    }

    /// <summary>"$.complainant.relationship" → "complainant.relationship".</summary>
    private static string? Field(string? path) => path is null or "$" ? null : path.TrimStart('$', '.');

    // The exception type and path only: messages can quote request data, which may be personal.
    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected {ExceptionType} handling {Path}")]
    private static partial void LogUnexpected(ILogger logger, string exceptionType, string path);
}
