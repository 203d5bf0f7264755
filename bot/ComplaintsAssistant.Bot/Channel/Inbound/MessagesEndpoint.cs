using ComplaintsAssistant.Bot.Channel.Activities;
using ComplaintsAssistant.Bot.Channel.Auth;
using ComplaintsAssistant.Bot.Channel.References;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Channel.Inbound;

/// <summary>
/// POST /api/messages. Order: caller allowed at all (401) → body size (413) → JSON (400) →
/// token bound to this activity (401/403) → reference saved → routed. Bad input is never a 500. The authenticator is made
/// when first needed: development mode never needs it, and it loads the token libraries.
/// </summary>
public sealed class MessagesEndpoint(
    Lazy<InboundAuthenticator> authenticator,
    ActivityRouter router,
    IConversationReferenceStore references,
    IOptions<ChannelOptions> options,
    ILogger<MessagesEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var bot = options.Value;
        var request = context.Request;
        var cancellationToken = context.RequestAborted;
        string? authorization = request.Headers.Authorization;
        if (bot.IsDevelopmentMode ? !Loopback.IsLoopback(context) : !InboundAuthenticator.HasBearer(authorization))
        {
            return Refuse(401, bot.IsDevelopmentMode ? "development mode serves loopback only" : "no bearer token");
        }

        var body = await ActivityBodyReader.ReadAsync(request, bot.MaxActivityBytes, cancellationToken);
        if (body.Status == ActivityBodyReader.Status.TooLarge)
        {
            return Refuse(413, "body too large");
        }

        if (body.Activity is not { } activity)
        {
            return Refuse(400, "malformed activity");
        }

        if (!bot.IsDevelopmentMode)
        {
            var auth = await authenticator.Value.AuthenticateAsync(authorization, activity, cancellationToken);
            if (auth.Outcome != AuthOutcome.Accepted)
            {
                return Refuse(auth.StatusCode, auth.Reason);
            }
        }

        if (ConversationReferenceFactory.From(activity) is { } reference)
        {
            await references.SaveAsync(reference, cancellationToken);
        }

        if (!ActivityRouter.HasReplyAddress(activity))
        {
            return Refuse(400, "no serviceUrl or conversation id");
        }

        var invokeResponse = await router.RouteAsync(activity, cancellationToken);
        return invokeResponse is null
            ? Results.Ok()
            : Results.Json(invokeResponse.Body, ChannelJsonContext.Default.JsonObject, statusCode: invokeResponse.HttpStatus);
    }

    private IResult Refuse(int statusCode, string reason)
    {
        logger.ActivityRefused(reason, statusCode);
        return Results.StatusCode(statusCode);
    }
}
