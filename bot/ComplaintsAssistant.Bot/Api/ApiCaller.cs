using System.Security.Claims;
using ComplaintsAssistant.Bot.Access;
using ComplaintsAssistant.Bot.AccessLog;
using ComplaintsAssistant.Bot.Channel.Inbound;
using ComplaintsAssistant.Bot.Hosting;
using ComplaintsAssistant.Core.Access;

namespace ComplaintsAssistant.Bot.Api;

/// <summary>Who is calling the API. Resolved once per request by <see cref="Middleware"/> (before parameters
/// are bound) for endpoints marked with <see cref="Required"/>; handlers bind it as a parameter.</summary>
public sealed record ApiCaller(Actor Actor)
{
    private const string ItemKey = "api-caller";

    /// <summary>Endpoint metadata: this endpoint needs a known caller.</summary>
    public sealed class Required;

    public static ValueTask<ApiCaller?> BindAsync(HttpContext context) =>
        ValueTask.FromResult(context.Items[ItemKey] as ApiCaller);

    /// <summary>Refuses callers the council has not set up; in local development mode, anyone not on this machine.</summary>
    internal static async Task Middleware(HttpContext http, RequestDelegate next)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<Required>() is null)
        {
            await next(http);
            return;
        }
        var local = http.RequestServices.GetRequiredService<HostingMode>().IsLocalDevelopment;
        if (local && !Loopback.IsLoopback(http))
        {
            await Problem(403, "loopback-only", "This service is running in local development mode and only answers this machine.").ExecuteAsync(http);
            return;
        }
        var directory = http.RequestServices.GetRequiredService<ActorDirectory>();
        var actor = local ? directory.Resolve(Persona(http), null) : await FromTokenAsync(http.User, directory, http.RequestAborted);
        if (actor is null)
        {
            await Problem(403, "not-set-up", "You are not set up in Complaints Assistant yet: ask your complaints team to add you.").ExecuteAsync(http);
            return;
        }
        http.Items[ItemKey] = new ApiCaller(actor with { Through = ReadChannels.Of(http.Request) });
        await next(http);
    }

    private static string Persona(HttpContext http) =>
        http.Request.Headers[LocalDevelopment.PersonaHeader].FirstOrDefault() is { Length: > 0 } persona ? persona : LocalDevelopment.DefaultPersona;

    /// <summary>Groups come from the token's <c>groups</c> claim; without one (not configured, or more groups than a
    /// token carries) the directory asks Graph.</summary>
    private static Task<Actor?> FromTokenAsync(ClaimsPrincipal user, ActorDirectory directory, CancellationToken cancellationToken) => directory.ResolveAsync(
        user.FindFirstValue("oid") ?? user.FindFirstValue("http://schemas.microsoft.com/identity/claims/objectidentifier"),
        user.FindFirstValue("name"),
        user.FindAll("groups").Select(c => c.Value).ToArray(),
        cancellationToken);

    private static IResult Problem(int status, string rule, string message) => TypedResults.Problem(ApiProblems.Details(status, rule, message, null));
}
