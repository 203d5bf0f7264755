using ComplaintsAssistant.Bot.Api.Requests;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.UseCases;

namespace ComplaintsAssistant.Bot.Api;

/// <summary>Cases: log, read, list, and every workflow step as its own POST. Each translates the request
/// into a core command and the answer (or refusal) back into HTTP; no rules live here.</summary>
internal static class CaseEndpoints
{
    public static RouteGroupBuilder MapCases(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases");
        cases.MapPost("/", Log).WithSummary("Log a new case of any kind; the response carries the reference and the due date.");
        cases.MapGet("/", List).WithSummary("List cases the caller may see, soonest due first.");
        cases.MapGet("/{id:guid}", Get).WithSummary("Read a case with its deadlines; the ETag is its version.");
        cases.MapGet("/by-reference/{reference}", GetByReference).WithSummary("Read a case by its reference, e.g. CC-2026-0042.");

        MapCommand<AcknowledgeRequest>(cases, "acknowledgement", r => r.ToCommand(), "Record that the complainant was acknowledged.");
        MapCommand<StatementAgreedRequest>(cases, "statement-agreed", r => r.ToCommand(), "Record the agreed statement of complaint (stage 2 clock start at some councils). " +
            "Agreed again later: the complaints team gives reagreementReason, kept in the audit.");
        MapCommand<ResponseRequest>(cases, "response", r => Map(r.ToResponse(), x => new RecordResponse(x)), "Record the current stage's response, with outcomes per concern.");
        MapCommand<ExtensionRequest>(cases, "extension", r => r.ToCommand(), "Extend the running clock within the statutory maximum.");
        MapCommand<ReassignRequest>(cases, "reassignment", r => r.ToCommand(), "Give the current stage to a new owner.");
        MapCommand<EscalationRequest>(cases, "escalation", r => r.ToCommand(), "The complainant asks for the next stage.");
        MapCommand<NextStageRequest>(cases, "next-stage", r => r.ToCommand(), "Open the next stage on the pending escalation.");
        MapCommand<RefusalRequest>(cases, "escalation-refusal", r => r.ToCommand(), "Refuse or do not progress the escalation.");
        MapCommand<AdrRequest>(cases, "adr-resolution", r => r.ToCommand(), "The escalation was resolved by alternative dispute resolution.");
        MapCommand<PanelHearingRequest>(cases, "panel-hearing", r => r.ToCommand(), "Stage 3: the review panel met.");
        MapCommand<RecommendationsRequest>(cases, "panel-recommendations", r => r.ToCommand(), "Stage 3: the panel's recommendations were received.");
        MapCommand<ResponseRequest>(cases, "decision", r => Map(r.ToResponse(), x => new RecordDecision(x)), "Stage 3: the Director's decision.");
        MapCommand<OmbudsmanFindingRequest>(cases, "ombudsman-finding", r => r.ToCommand(), "Record the Ombudsman's finding on an enquiry.");
        MapCommand<CloseRequest>(cases, "closure", r => r.ToCommand(), "Close a responded case.");
        MapCommand<WithdrawRequest>(cases, "withdrawal", r => r.ToCommand(), "The complainant withdrew.");
        MapCommand<PaymentRequest>(cases, "payments", r => r.ToCommand(), "Record a cost, compensation or remedy payment.");
        MapCommand<LearningActionRequest>(cases, "learning-actions", r => r.ToCommand(), "Add a learning action to the case.");
        cases.MapPost("/{id:guid}/learning-actions/{number:int}", UpdateLearning).WithSummary("Update a learning action's status and review note.");
        return api;
    }

    private static async Task<IResult> Log(LogCaseRequest request, ApiCaller caller, CaseService service, CancellationToken cancellationToken)
    {
        var input = request.ToNewCase();
        if (input.Error is { } missing) return ApiProblems.From(missing);
        var logged = await service.LogAsync(caller.Actor, input.Value, cancellationToken);
        if (logged.Error is { } refused) return ApiProblems.From(refused);

        var view = logged.Value.View;
        return logged.Value.Created
            ? new VersionedResult(view, StatusCodes.Status201Created, $"/api/cases/{view.Case.Id}")
            : new VersionedResult(view, StatusCodes.Status200OK);
    }

    private static async Task<IResult> Get(Guid id, ApiCaller caller, CaseService service, CancellationToken cancellationToken) =>
        Answer(await service.GetAsync(caller.Actor, id, cancellationToken));

    private static async Task<IResult> GetByReference(string reference, ApiCaller caller, CaseService service, CancellationToken cancellationToken) =>
        Answer(await service.FindAsync(caller.Actor, reference, cancellationToken));

    private static async Task<IResult> List([AsParameters] CaseListQuery query, ApiCaller caller, CaseService service, CancellationToken cancellationToken)
    {
        var parsed = query.ToQuery(caller.Actor);
        if (parsed.Error is { } invalid) return ApiProblems.From(invalid);
        var found = await service.ListAsync(caller.Actor, parsed.Value, cancellationToken);
        return found.Error is { } refused ? ApiProblems.From(refused) : TypedResults.Ok(found.Value);
    }

    private static async Task<IResult> UpdateLearning(Guid id, int number, LearningUpdateRequest request, HttpRequest http, ApiCaller caller,
        CaseService service, CancellationToken cancellationToken) =>
        await Change(id, request.ToCommand(number), http, caller, service, cancellationToken);

    private static void MapCommand<TRequest>(RouteGroupBuilder cases, string step, Func<TRequest, Result<CaseCommand>> toCommand, string summary) =>
        cases.MapPost($"/{{id:guid}}/{step}",
                (Guid id, TRequest request, HttpRequest http, ApiCaller caller, CaseService service, CancellationToken cancellationToken) =>
                    Change(id, toCommand(request), http, caller, service, cancellationToken))
            .WithSummary(summary);

    /// <summary>Every change names the version it was based on (If-Match; a create needs none), so it can never overwrite
    /// a change the caller has not seen.</summary>
    private static async Task<IResult> Change(Guid id, Result<CaseCommand> command, HttpRequest http, ApiCaller caller, CaseService service,
        CancellationToken cancellationToken)
    {
        var ifMatch = Versions.FromIfMatch(http);
        if (ifMatch.Error is { } malformed) return ApiProblems.From(malformed);
        // No If-Match, or "*" (any version at all), says nothing about what the client read: its change could overwrite one it never saw.
        if (ifMatch.Value is not { Sent: true, Any: false } named) return ApiProblems.IfMatchRequired(id);
        if (command.Error is { } missing) return ApiProblems.From(missing);
        var expected = await named.ExpectedVersionAsync(() => service.VersionAsync(caller.Actor, id, cancellationToken));
        if (expected.Error is { } unmet) return ApiProblems.From(unmet, versionQuoted: true);
        var changed = await service.ChangeAsync(caller.Actor, id, expected.Value, command.Value, cancellationToken);
        return changed.Error is { } refused ? ApiProblems.From(refused, versionQuoted: true) : new VersionedResult(changed.Value, StatusCodes.Status200OK);
    }

    private static IResult Answer(Result<CaseView> found) =>
        found.Error is { } error ? ApiProblems.From(error) : new VersionedResult(found.Value, StatusCodes.Status200OK);

    private static Result<CaseCommand> Map<T>(Result<T> parsed, Func<T, CaseCommand> command) =>
        parsed.Error is { } error ? error : command(parsed.Value);
}

/// <summary>A case in the body with its version as the ETag header.</summary>
internal sealed class VersionedResult(CaseView view, int status, string? location = null) : IResult
{
    public Task ExecuteAsync(HttpContext context)
    {
        context.Response.Headers.ETag = Versions.ToETag(view.Version);
        if (location is not null) context.Response.Headers.Location = location;
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(view);
    }
}
