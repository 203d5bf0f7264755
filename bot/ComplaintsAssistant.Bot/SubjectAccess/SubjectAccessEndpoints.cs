using ComplaintsAssistant.Bot.Api;
using ComplaintsAssistant.Core.SubjectAccess;

namespace ComplaintsAssistant.Bot.SubjectAccess;

/// <summary>Subject access for the complaints team: find a person's cases, record a request and its clock, build the pack.</summary>
internal static class SubjectAccessEndpoints
{
    public static RouteGroupBuilder MapSubjectAccess(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/subject-access").WithTags("Subject access");
        group.MapGet("/search", Search)
            .WithSummary("Cases holding a person's name (all its words, any order), email or phone, from the person index; each found case is " +
                "recorded in the access log. Complaints team only.");
        group.MapGet("/requests", List).WithSummary("Subject access requests with their due dates. Complaints team only.");
        group.MapPost("/requests", Record).WithSummary("Records a subject access request; its due date follows the one-calendar-month rule. Complaints team only.");
        group.MapPost("/requests/{id:guid}/answered", Answer)
            .WithSummary("Records the day the pack was sent (`answeredOn`): the request's clock stops. Complaints team only.");
        group.MapPost("/requests/{id:guid}/pack", Pack)
            .WithSummary("Builds the request's pack (a zip: index.html, each case's JSON, emails and attachments, third parties flagged for review). " +
                "Every case put in it is recorded in the access log. Complaints team only.");
        return api;
    }

    private static async Task<IResult> Search(string? name, string? email, string? phone, ApiCaller caller, PersonSearch search,
        CancellationToken cancellationToken)
    {
        var found = await search.FindAsync(caller.Actor, new PersonQuery(name, email, phone), cancellationToken);
        return found.Error is { } refused ? ApiProblems.From(refused) : TypedResults.Ok(found.Value);
    }

    private static async Task<IResult> List(ApiCaller caller, SubjectAccessRequests requests, CancellationToken cancellationToken)
    {
        var listed = await requests.ListAsync(caller.Actor, cancellationToken);
        return listed.Error is { } refused ? ApiProblems.From(refused) : TypedResults.Ok(listed.Value);
    }

    private static async Task<IResult> Record(NewSubjectAccessRequest input, ApiCaller caller, SubjectAccessRequests requests, CancellationToken cancellationToken)
    {
        var recorded = await requests.RecordAsync(caller.Actor, input, cancellationToken);
        return recorded.Error is { } refused ? ApiProblems.From(refused)
            : TypedResults.Created($"/api/subject-access/requests/{recorded.Value.Id}", recorded.Value);
    }

    private static async Task<IResult> Answer(Guid id, AnsweredRequest input, ApiCaller caller, SubjectAccessRequests requests, CancellationToken cancellationToken)
    {
        var answered = await requests.AnswerAsync(caller.Actor, id, input.AnsweredOn, cancellationToken);
        return answered.Error is { } refused ? ApiProblems.From(refused) : TypedResults.Ok(answered.Value);
    }

    private static async Task<IResult> Pack(Guid id, ApiCaller caller, SubjectAccessPack pack, CancellationToken cancellationToken)
    {
        var built = await pack.BuildAsync(caller.Actor, id, cancellationToken);
        return built.Error is { } refused ? ApiProblems.From(refused) : TypedResults.File(built.Value.Zip, "application/zip", built.Value.FileName);
    }
}

/// <summary>The day a subject access request was answered.</summary>
public sealed record AnsweredRequest(DateOnly? AnsweredOn);
