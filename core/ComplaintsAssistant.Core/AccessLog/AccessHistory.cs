using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Core.AccessLog;

/// <summary>Who saw a case, and what one person saw: for the complaints team only, since the log itself says which
/// children's records a colleague opened.</summary>
public sealed class AccessHistory(IAccessLog log)
{
    public const int MaxTake = 200;

    public async Task<Result<IReadOnlyList<CaseRead>>> ForCaseAsync(Actor actor, Guid caseId, int skip, int take, CancellationToken cancellationToken = default)
    {
        if (Check(actor, skip, take) is { } refused) return refused;
        return Result<IReadOnlyList<CaseRead>>.From(await log.ListForCaseAsync(caseId, skip, take, cancellationToken));
    }

    public async Task<Result<IReadOnlyList<CaseRead>>> ForReaderAsync(Actor actor, string readerId, DateTimeOffset from, DateTimeOffset to, int skip, int take,
        CancellationToken cancellationToken = default)
    {
        if (Check(actor, skip, take) is { } refused) return refused;
        if (string.IsNullOrWhiteSpace(readerId)) return DomainError.Invalid("person", "person-required", "person must be the id of the person whose reads you want.");
        if (from >= to) return DomainError.Invalid("from", "from-before-to", "from must be before to.");
        return Result<IReadOnlyList<CaseRead>>.From(await log.ListForReaderAsync(readerId.Trim(), from, to, skip, take, cancellationToken));
    }

    private static DomainError? Check(Actor actor, int skip, int take) =>
        actor.Role != Role.ComplaintsOfficer ? DomainError.Forbidden("Only the complaints team can see who read a case.")
        : take is < 1 or > MaxTake ? DomainError.Invalid("take", "take-range", $"take must be between 1 and {MaxTake}.")
        : skip < 0 ? DomainError.Invalid("skip", "skip-not-negative", "skip cannot be negative.")
        : null;
}
