using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Bot.Api;

/// <summary>Query string of GET /api/cases. <c>owner=me</c> means the caller.</summary>
internal sealed class CaseListQuery
{
    public string? Kind { get; init; }
    public string? Status { get; init; }
    public bool? Open { get; init; }
    public string? Owner { get; init; }
    public string? Team { get; init; }
    public DateOnly? ReceivedFrom { get; init; }
    public DateOnly? ReceivedTo { get; init; }
    public DateOnly? DueOnOrBefore { get; init; }
    public int? Skip { get; init; }
    public int? Take { get; init; }

    public Result<CaseQuery> ToQuery(Actor caller)
    {
        CaseKind? kind = null;
        CaseStatus? status = null;
        if (Kind is not null)
        {
            if (!Enum.TryParse<CaseKind>(Kind, ignoreCase: true, out var k) || !Enum.IsDefined(k))
                return DomainError.Invalid("kind", "unknown-kind", $"kind '{Kind}' is not one of: {string.Join(", ", Enum.GetNames<CaseKind>())}.");
            kind = k;
        }
        if (Status is not null)
        {
            if (!Enum.TryParse<CaseStatus>(Status, ignoreCase: true, out var s) || !Enum.IsDefined(s))
                return DomainError.Invalid("status", "unknown-status", $"status '{Status}' is not one of: {string.Join(", ", Enum.GetNames<CaseStatus>())}.");
            status = s;
        }
        return new CaseQuery(kind, status, Open ?? false,
            string.Equals(Owner, "me", StringComparison.OrdinalIgnoreCase) ? caller.Id : Owner,
            Team is null ? null : [Team],
            ReceivedFrom, ReceivedTo, DueOnOrBefore, Skip ?? 0, Take ?? 100);
    }
}
