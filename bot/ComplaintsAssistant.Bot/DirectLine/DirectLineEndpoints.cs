using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Channel;
using ComplaintsAssistant.Bot.Channel.Activities;
using ComplaintsAssistant.Bot.Channel.Inbound;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.DirectLine;

/// <summary>
/// The subset of Direct Line 3.0 that Web Chat's polling client uses (tokens, start conversation,
/// post activity, get activities by watermark). Local development only: mapped only without
/// Bot:AppId, and only loopback callers are answered.
/// </summary>
public static class DirectLineEndpoints
{
    public const string Prefix = "/v3/directline";
    private const int ExpiresInSeconds = 3600;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix).AddEndpointFilter(LoopbackOnly);
        group.MapPost("/tokens/generate", GenerateTokenAsync);
        group.MapPost("/tokens/refresh", RefreshToken);
        group.MapPost("/conversations", StartConversationAsync);
        group.MapGet("/conversations/{conversationId}", GetConversation);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivities);
    }

    private static ValueTask<object?> LoopbackOnly(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        Loopback.IsLoopback(context.HttpContext) ? next(context) : ValueTask.FromResult<object?>(Results.StatusCode(403));

    private static async Task<IResult> GenerateTokenAsync(HttpContext context, DirectLineStore store, IOptions<ChannelOptions> options)
    {
        var body = await ReadJsonAsync(context, options.Value.MaxActivityBytes);
        var user = body.Node?["user"] as JsonObject;
        var userId = JsonRead.String(user?["id"]);
        var conversation = store.Create(string.IsNullOrWhiteSpace(userId) ? "dev-user" : userId, JsonRead.String(user?["name"]));
        return Json(ConversationInfo(conversation), 200);
    }

    private static IResult RefreshToken(HttpContext context, DirectLineStore store) =>
        store.FindByToken(BearerToken(context)) is { } conversation
            ? Json(ConversationInfo(conversation), 200)
            : Results.StatusCode(403);

    private static async Task<IResult> StartConversationAsync(HttpContext context, DirectLineStore store, DirectLineTurns turns)
    {
        if (store.FindByToken(BearerToken(context)) is not { } conversation)
        {
            return Results.StatusCode(403);
        }

        await turns.WelcomeAsync(conversation, context.RequestAborted);
        return Json(ConversationInfo(conversation), 201);
    }

    private static IResult GetConversation(HttpContext context, string conversationId, DirectLineStore store) =>
        store.Find(conversationId, BearerToken(context)) is { } conversation
            ? Json(ConversationInfo(conversation), 200)
            : Results.StatusCode(403);

    private static async Task<IResult> PostActivityAsync(
        HttpContext context, string conversationId, DirectLineStore store, DirectLineTurns turns, IOptions<ChannelOptions> options)
    {
        if (store.Find(conversationId, BearerToken(context)) is not { } conversation)
        {
            return Results.StatusCode(403);
        }

        var body = await ReadJsonAsync(context, options.Value.MaxActivityBytes);
        if (body.StatusCode != 200)
        {
            return Results.StatusCode(body.StatusCode);
        }

        if (body.Node is not JsonObject posted || string.IsNullOrWhiteSpace(JsonRead.String(posted["type"])))
        {
            return Results.StatusCode(400);
        }

        var id = await turns.AcceptAsync(conversation, posted, context.RequestAborted);
        return Json(new JsonObject { ["id"] = id }, 200);
    }

    private static IResult GetActivities(HttpContext context, string conversationId, string? watermark, DirectLineStore store)
    {
        if (store.Find(conversationId, BearerToken(context)) is not { } conversation)
        {
            return Results.StatusCode(403);
        }

        var (activities, next) = conversation.Since(watermark);
        return Json(new JsonObject { ["activities"] = activities, ["watermark"] = next }, 200);
    }

    private static JsonObject ConversationInfo(DirectLineConversation conversation) => new()
    {
        ["conversationId"] = conversation.Id,
        ["token"] = conversation.Token,
        ["expires_in"] = ExpiresInSeconds,
    };

    private static IResult Json(JsonObject body, int statusCode) =>
        Results.Json(body, ChannelJsonContext.Default.JsonObject, statusCode: statusCode);

    private static string? BearerToken(HttpContext context)
    {
        string? header = context.Request.Headers.Authorization;
        return header is not null && header.StartsWith("Bearer ", StringComparison.Ordinal) ? header[7..].Trim() : null;
    }

    private readonly record struct Body(int StatusCode, JsonNode? Node);

    private static async Task<Body> ReadJsonAsync(HttpContext context, int maxBytes)
    {
        if (context.Request.ContentLength > maxBytes)
        {
            return new Body(413, null);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        try
        {
            return context.Request.ContentLength == 0
                ? new Body(200, null)
                : new Body(200, await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted));
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == 413)
        {
            return new Body(413, null);
        }
        catch (JsonException)
        {
            return new Body(400, null);
        }
    }
}
