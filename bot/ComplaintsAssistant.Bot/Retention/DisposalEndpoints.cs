using ComplaintsAssistant.Bot.Api;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Retention;

namespace ComplaintsAssistant.Bot.Retention;

/// <summary>The officers' disposal list, approvals, and the records of what was destroyed.</summary>
internal static class DisposalEndpoints
{
    public static RouteGroupBuilder MapDisposals(this RouteGroupBuilder api)
    {
        api.MapGet("/disposals", List).WithTags("Retention")
            .WithSummary("Cases on the disposal list: on notice (Retention:NoticeDays before their date), due, or held and why, with who approved each. Complaints team only.");
        api.MapPost("/disposals/{caseId:guid}/approve", ApproveOne).WithTags("Retention")
            .WithSummary("Approves one case on the list for destruction once it is due and not held (checked again when the job runs). Complaints team only.");
        api.MapPost("/disposals/approve", ApproveMany).WithTags("Retention")
            .WithSummary("Approves several cases on the list at once: `{\"cases\": [id, …]}`. Complaints team only.");
        api.MapGet("/disposals/records", Records).WithTags("Retention")
            .WithSummary("What was destroyed from `from` to `to` (inclusive; default the last year): reference, class, rule, date and who approved — nothing about the people. Complaints team only.");
        return api;
    }

    private static async Task<IResult> List(ApiCaller caller, Disposals disposals, CancellationToken cancellationToken) =>
        Answer(await disposals.ListAsync(caller.Actor, cancellationToken));

    private static async Task<IResult> ApproveOne(Guid caseId, ApiCaller caller, Disposals disposals, CancellationToken cancellationToken) =>
        Answer(await disposals.ApproveAsync(caller.Actor, [caseId], cancellationToken));

    private static async Task<IResult> ApproveMany(ApproveDisposalsRequest request, ApiCaller caller, Disposals disposals, CancellationToken cancellationToken) =>
        Answer(await disposals.ApproveAsync(caller.Actor, request.Cases ?? [], cancellationToken));

    private static async Task<IResult> Records(ApiCaller caller, Disposals disposals, TimeProvider time, CancellationToken cancellationToken,
        DateOnly? from = null, DateOnly? to = null)
    {
        var until = to ?? UkDate.Today(time);
        return Answer(await disposals.RecordsAsync(caller.Actor, from ?? until.AddYears(-1), until, cancellationToken));
    }

    private static IResult Answer<T>(Result<T> answer) => ApiProblems.OkOr(answer);
}

public sealed record ApproveDisposalsRequest(List<Guid>? Cases);
