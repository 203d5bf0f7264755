using ComplaintsAssistant.Bot.Api;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Retention;

namespace ComplaintsAssistant.Bot.Retention;

/// <summary>Legal holds for the complaints team: place one on a case, a team or a class of record, list them, lift one.</summary>
internal static class HoldEndpoints
{
    public static RouteGroupBuilder MapHolds(this RouteGroupBuilder api)
    {
        api.MapPost("/holds", Place).WithTags("Retention")
            .WithSummary("Places a legal hold: `scope` Case (target: the case's reference or id), Team (the team's name) or Class " +
                "(e.g. StatutoryComplaint), with a `reason`. Held records are never disposed of. Complaints team only.");
        api.MapGet("/holds", List).WithTags("Retention")
            .WithSummary("The standing legal holds, oldest first; `includeLifted=true` adds lifted ones with who lifted them and when. Complaints team only.");
        api.MapPost("/holds/{id:guid}/lift", Lift).WithTags("Retention")
            .WithSummary("Lifts a legal hold: recorded on the hold (who, when), which stays listed with includeLifted. Complaints team only.");
        return api;
    }

    private static async Task<IResult> Place(PlaceHoldRequest request, ApiCaller caller, LegalHolds holds, CancellationToken cancellationToken)
    {
        var placed = await holds.PlaceAsync(caller.Actor, request.Scope, request.Target, request.Reason, cancellationToken);
        return placed.Error is { } refused ? ApiProblems.From(refused) : TypedResults.Created($"/api/holds/{placed.Value!.Id}", placed.Value);
    }

    private static async Task<IResult> List(ApiCaller caller, LegalHolds holds, CancellationToken cancellationToken, bool includeLifted = false) =>
        Answer(await holds.ListAsync(caller.Actor, includeLifted, cancellationToken));

    private static async Task<IResult> Lift(Guid id, ApiCaller caller, LegalHolds holds, CancellationToken cancellationToken) =>
        Answer(await holds.LiftAsync(caller.Actor, id, cancellationToken));

    private static IResult Answer<T>(Result<T> answer) => ApiProblems.OkOr(answer);
}

public sealed record PlaceHoldRequest(HoldScope? Scope, string? Target, string? Reason);
