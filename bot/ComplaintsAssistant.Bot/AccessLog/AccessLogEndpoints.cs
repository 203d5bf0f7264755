using ComplaintsAssistant.Bot.Api;
using ComplaintsAssistant.Core.AccessLog;
using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Bot.AccessLog;

/// <summary>Who saw what, for the complaints team: a case's reads, and one person's reads in a period.</summary>
internal static class AccessLogEndpoints
{
    public static RouteGroupBuilder MapAccessLog(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{id:guid}/access-log", ForCase).WithTags("Access log")
            .WithSummary("Who read the case, when and through what (and refused attempts), newest first. Complaints team only.");
        api.MapGet("/access-log", ForPerson).WithTags("Access log")
            .WithSummary("The cases one person read from `from` up to (not including) `to`, newest first. Complaints team only.");
        return api;
    }

    private static async Task<IResult> ForCase(Guid id, ApiCaller caller, AccessHistory history, CancellationToken cancellationToken,
        int skip = 0, int take = 50) =>
        Answer(await history.ForCaseAsync(caller.Actor, id, skip, take, cancellationToken));

    private static async Task<IResult> ForPerson(string? person, DateTimeOffset? from, DateTimeOffset? to, ApiCaller caller, AccessHistory history,
        TimeProvider time, CancellationToken cancellationToken, int skip = 0, int take = 50)
    {
        // Without a period: the last 30 days, the usual first question ("what has this person opened lately?").
        var until = to ?? time.GetUtcNow();
        return Answer(await history.ForReaderAsync(caller.Actor, person ?? "", from ?? until.AddDays(-30), until, skip, take, cancellationToken));
    }

    private static IResult Answer(Result<IReadOnlyList<CaseRead>> found) =>
        found.Error is { } refused ? ApiProblems.From(refused) : TypedResults.Ok(found.Value);
}
