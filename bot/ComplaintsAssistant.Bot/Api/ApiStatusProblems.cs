using Microsoft.AspNetCore.Http.Features;
using ComplaintsAssistant.Bot.Hosting;
using Microsoft.AspNetCore.Diagnostics;

namespace ComplaintsAssistant.Bot.Api;

/// <summary>Refusals the framework makes before an endpoint runs get the same RFC 7807 problem details, with <c>field</c>
/// and <c>rule</c>, as the API's own: a path or method the API doesn't have, a body that isn't JSON (415), no sign-in (401),
/// and a body over the size limit (413, which Kestrel would otherwise send with an empty body after the endpoint gave up
/// reading). Only API endpoints: the Bot Framework channel (<c>/api/messages</c>) answers the way the channel expects.</summary>
internal static class ApiStatusProblems
{
    public static WebApplication UseApiProblems(this WebApplication app)
    {
        app.UseStatusCodePages(WriteAsync);
        app.Use(RefuseTooLargeBodies);
        return app;
    }

    private static async Task WriteAsync(StatusCodeContext status)
    {
        var http = status.HttpContext;
        var code = http.Response.StatusCode;
        if (code is < 400 or >= 500 || !IsApi(http)) return;
        var (rule, message, field) = code switch
        {
            401 => ("not-signed-in", "Sign in first: send an Entra ID access token for this API as a Bearer token.", (string?)null),
            404 => ("not-found", $"This API has no {http.Request.Path}: the endpoints are listed at /openapi/v1.json.", null),
            405 => ("method-not-allowed", $"{http.Request.Path} does not take {http.Request.Method}: the endpoints are listed at /openapi/v1.json.", null),
            413 => ("body-too-large", TooLarge, "body"),
            415 => ("json-required", "Send the body as JSON, with the header Content-Type: application/json.", "Content-Type"),
            _ => ("bad-request", "The request could not be read: check the URL, the headers and that the body is JSON.", null),
        };
        await Write(http, code, rule, message, field);
    }

    /// <summary>Refuses a body over the limit before reading it (with <c>Expect: 100-continue</c> the client never sends it);
    /// a body of unknown length is read here, within the limit, so going over it is answered here too.</summary>
    private static async Task RefuseTooLargeBodies(HttpContext http, RequestDelegate next)
    {
        if (!IsApi(http))
        {
            await next(http);
            return;
        }
        // An endpoint that takes more (the email intake: 25 MB) says so; every other API body stays under the host's limit.
        var limit = http.GetEndpoint()?.Metadata.GetMetadata<BodyLimit>()
            ?? new BodyLimit(HostingExtensions.MaxRequestBytes, "body", "body-too-large", TooLarge);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit.Bytes;
        if (http.Request.ContentLength > limit.Bytes)
        {
            await Write(http, StatusCodes.Status413PayloadTooLarge, limit.Rule, limit.Message, limit.Field);
            return;
        }
        if (http.Request.ContentLength is null && http.Request.Headers.TransferEncoding.Count > 0)
        {
            http.Request.EnableBuffering();
            try
            {
                await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
                http.Request.Body.Position = 0;
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                await Write(http, StatusCodes.Status413PayloadTooLarge, limit.Rule, limit.Message, limit.Field);
                return;
            }
        }
        await next(http);
    }

    private static string TooLarge => $"The request body is larger than the {HostingExtensions.MaxRequestBytes / 1024} KB allowed: a case is a few kilobytes.";

    /// <summary>The JSON API's paths, including ones it doesn't have; not the channel's endpoint that shares the prefix.</summary>
    private static bool IsApi(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/api") && !http.Request.Path.StartsWithSegments(ChannelPath);

    private const string ChannelPath = "/api/messages";

    private static Task Write(HttpContext http, int status, string rule, string message, string? field)
    {
        http.Response.StatusCode = status;
        return http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = ApiProblems.Details(status, rule, message, field),
        }).AsTask();
    }
}
