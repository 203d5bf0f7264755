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

        cases.MapPost("/{id:guid}/acknowledgement", ([AsParameters] CaseStep at, AcknowledgeRequest r) => at.Change(r.ToCommand())).WithSummary("Record that the complainant was acknowledged.");
        cases.MapPost("/{id:guid}/statement-agreed", ([AsParameters] CaseStep at, StatementAgreedRequest r) => at.Change(r.ToCommand())).WithSummary("Record the agreed statement of complaint (stage 2 clock start at some councils). " +
            "Agreed again later: the complaints team gives reagreementReason, kept in the audit.");
        cases.MapPost("/{id:guid}/response", ([AsParameters] CaseStep at, ResponseRequest r) => at.Change(Map(r.ToResponse(), x => new RecordResponse(x)))).WithSummary("Record the current stage's response, with outcomes per concern.");
        cases.MapPost("/{id:guid}/extension", ([AsParameters] CaseStep at, ExtensionRequest r) => at.Change(r.ToCommand())).WithSummary("Extend the running clock within the statutory maximum.");
        cases.MapPost("/{id:guid}/reassignment", ([AsParameters] CaseStep at, ReassignRequest r) => at.Change(r.ToCommand())).WithSummary("Give the current stage to a new owner.");
        cases.MapPost("/{id:guid}/escalation", ([AsParameters] CaseStep at, EscalationRequest r) => at.Change(r.ToCommand())).WithSummary("The complainant asks for the next stage.");
        cases.MapPost("/{id:guid}/next-stage", ([AsParameters] CaseStep at, NextStageRequest r) => at.Change(r.ToCommand())).WithSummary("Open the next stage on the pending escalation.");
        cases.MapPost("/{id:guid}/escalation-refusal", ([AsParameters] CaseStep at, RefusalRequest r) => at.Change(r.ToCommand())).WithSummary("Refuse or do not progress the escalation.");
        cases.MapPost("/{id:guid}/adr-resolution", ([AsParameters] CaseStep at, AdrRequest r) => at.Change(r.ToCommand())).WithSummary("The escalation was resolved by alternative dispute resolution.");
        cases.MapPost("/{id:guid}/panel-hearing", ([AsParameters] CaseStep at, PanelHearingRequest r) => at.Change(r.ToCommand())).WithSummary("Stage 3: the review panel met.");
        cases.MapPost("/{id:guid}/panel-recommendations", ([AsParameters] CaseStep at, RecommendationsRequest r) => at.Change(r.ToCommand())).WithSummary("Stage 3: the panel's recommendations were received.");
        cases.MapPost("/{id:guid}/decision", ([AsParameters] CaseStep at, ResponseRequest r) => at.Change(Map(r.ToResponse(), x => new RecordDecision(x)))).WithSummary("Stage 3: the Director's decision.");
        cases.MapPost("/{id:guid}/ombudsman-finding", ([AsParameters] CaseStep at, OmbudsmanFindingRequest r) => at.Change(r.ToCommand())).WithSummary("Record the Ombudsman's finding on an enquiry.");
        cases.MapPost("/{id:guid}/closure", ([AsParameters] CaseStep at, CloseRequest r) => at.Change(r.ToCommand())).WithSummary("Close a responded case.");
        cases.MapPost("/{id:guid}/withdrawal", ([AsParameters] CaseStep at, WithdrawRequest r) => at.Change(r.ToCommand())).WithSummary("The complainant withdrew.");
        cases.MapPost("/{id:guid}/payments", ([AsParameters] CaseStep at, PaymentRequest r) => at.Change(r.ToCommand())).WithSummary("Record a cost, compensation or remedy payment.");
        cases.MapPost("/{id:guid}/learning-actions", ([AsParameters] CaseStep at, LearningActionRequest r) => at.Change(r.ToCommand())).WithSummary("Add a learning action to the case.");
        cases.MapPost("/{id:guid}/learning-actions/{number:int}", ([AsParameters] CaseStep at, int number, LearningUpdateRequest r) => at.Change(r.ToCommand(number))).WithSummary("Update a learning action's status and review note.");
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

    private static IResult Answer(Result<CaseView> found) =>
        found.Error is { } error ? ApiProblems.From(error) : new VersionedResult(found.Value, StatusCodes.Status200OK);

    private static Result<CaseCommand> Map<T>(Result<T> parsed, Func<T, CaseCommand> command) =>
        parsed.Error is { } error ? error : command(parsed.Value);
}

/// <summary>What every workflow step binds besides its body: the case, the If-Match header, who is asking. One shape for all,
/// so each step is a plain lambda the Request Delegate Generator compiles ahead of time (a generic helper it can't).</summary>
internal readonly record struct CaseStep(Guid Id, HttpRequest Http, ApiCaller Caller, CaseService Service, CancellationToken CancellationToken)
{
    /// <summary>Every change names the version it was based on (If-Match; a create needs none), so it can never overwrite
    /// a change the caller has not seen.</summary>
    public async Task<IResult> Change(Result<CaseCommand> command)
    {
        var ifMatch = Versions.FromIfMatch(Http);
        if (ifMatch.Error is { } malformed) return ApiProblems.From(malformed);
        // No If-Match, or "*" (any version at all), says nothing about what the client read: its change could overwrite one it never saw.
        if (ifMatch.Value is not { Sent: true, Any: false } named) return ApiProblems.IfMatchRequired(Id);
        if (command.Error is { } missing) return ApiProblems.From(missing);
        var (caller, service, id, cancellationToken) = (Caller, Service, Id, CancellationToken); // a struct's lambda can't use `this`
        var expected = await named.ExpectedVersionAsync(() => service.VersionAsync(caller.Actor, id, cancellationToken));
        if (expected.Error is { } unmet) return ApiProblems.From(unmet, versionQuoted: true);
        var changed = await service.ChangeAsync(caller.Actor, id, expected.Value, command.Value, cancellationToken);
        return changed.Error is { } refused ? ApiProblems.From(refused, versionQuoted: true) : new VersionedResult(changed.Value, StatusCodes.Status200OK);
    }
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
