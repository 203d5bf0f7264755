using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Core.Retention;

/// <summary>Placing, lifting and listing legal holds: the complaints team's decision, since a hold overrides the council's
/// schedule.</summary>
public sealed class LegalHolds(ILegalHolds holds, ICaseStore cases, TimeProvider time)
{
    public const int MaxReason = 500;

    /// <param name="target">For a case its id or reference; for a team its name; for a class its name (e.g. StatutoryComplaint).</param>
    public async Task<Result<LegalHold>> PlaceAsync(Actor actor, HoldScope? scope, string? target, string? reason, CancellationToken cancellationToken = default)
    {
        if (OfficersOnly(actor) is { } refused) return refused;
        var problems = new List<DomainError?>
        {
            scope is null ? DomainError.Invalid("scope", "hold-scope", "scope must say what the hold covers: Case, Team or Class.") : null,
            string.IsNullOrWhiteSpace(reason) ? DomainError.Invalid("reason", "hold-reason", "reason must say why the records are held (e.g. the inquiry's request).")
                : reason.Trim().Length > MaxReason ? DomainError.Invalid("reason", "hold-reason", $"reason must be at most {MaxReason} characters.") : null,
            string.IsNullOrWhiteSpace(target) ? DomainError.Invalid("target", "hold-target", "target must name the case, team or class held.") : null,
        };
        if (DomainError.Combine(problems) is { } invalid) return invalid;
        var resolved = await TargetAsync(scope!.Value, target!.Trim(), cancellationToken);
        if (resolved.Error is { } badTarget) return badTarget;
        var hold = new LegalHold(Guid.NewGuid(), scope.Value, resolved.Value!, reason!.Trim(), actor.Id, time.GetUtcNow());
        await holds.PlaceHoldAsync(hold, cancellationToken);
        return hold;
    }

    public async Task<Result<LegalHold>> LiftAsync(Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        if (OfficersOnly(actor) is { } refused) return refused;
        var hold = await holds.GetHoldAsync(id, cancellationToken);
        if (hold is null) return DomainError.NotFound("The legal hold");
        var lifted = new HoldLifted(actor.Id, time.GetUtcNow());
        if (hold.IsLifted || !await holds.LiftHoldAsync(id, lifted, cancellationToken))
            return DomainError.Refused("hold-already-lifted", "This legal hold has already been lifted.");
        return hold with { Lifted = lifted };
    }

    public async Task<Result<IReadOnlyList<LegalHold>>> ListAsync(Actor actor, bool includeLifted, CancellationToken cancellationToken = default)
    {
        if (OfficersOnly(actor) is { } refused) return refused;
        return Result<IReadOnlyList<LegalHold>>.From(await holds.ListHoldsAsync(includeLifted, cancellationToken));
    }

    private async Task<Result<string>> TargetAsync(HoldScope scope, string target, CancellationToken cancellationToken)
    {
        switch (scope)
        {
            case HoldScope.Case:
                var found = Guid.TryParse(target, out var id) ? await cases.GetAsync(id, cancellationToken) : await cases.FindByReferenceAsync(target, cancellationToken);
                return found is null
                    ? DomainError.Invalid("target", "hold-target", $"There is no case {target}: give the case's reference or id.")
                    : found.Value.Id.ToString();
            case HoldScope.Class:
                return Enum.TryParse<RecordClass>(target, ignoreCase: true, out var recordClass) && Enum.IsDefined(recordClass)
                    ? recordClass.ToString()
                    : DomainError.Invalid("target", "hold-target",
                        $"target must be a class of record: {string.Join(", ", Enum.GetNames<RecordClass>())}.");
            default:
                return target;
        }
    }

    private static DomainError? OfficersOnly(Actor actor) =>
        actor.Role == Role.ComplaintsOfficer ? null : DomainError.Forbidden("Only the complaints team can place, lift or list legal holds.");
}
