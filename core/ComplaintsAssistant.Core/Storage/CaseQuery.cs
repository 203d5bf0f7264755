using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Learning;

namespace ComplaintsAssistant.Core.Storage;

/// <summary>A filter over the case index. Null means "any".</summary>
/// <param name="Teams">Only these teams (a social worker sees their team's cases); null for all.</param>
/// <param name="DueOnOrBefore">Open clocks due on or before this day (the deadline scheduler's query).</param>
/// <param name="Take">At most this many rows (1–500).</param>
public sealed record CaseQuery(
    CaseKind? Kind = null,
    CaseStatus? Status = null,
    bool OpenOnly = false,
    string? Owner = null,
    IReadOnlyList<string>? Teams = null,
    DateOnly? ReceivedFrom = null,
    DateOnly? ReceivedTo = null,
    DateOnly? DueOnOrBefore = null,
    int Skip = 0,
    int Take = 100)
{
    public const int MaxTake = 500;
}

/// <param name="Teams">Only learning from cases of these teams; null for all.</param>
/// <param name="PlanFor">Only the actions a year's action plan shows (<see cref="Reports.ActionPlan.InYear"/>): due in
/// the year, or due before it and not settled before it began (not cancelled, not completed before its first day).</param>
/// <param name="CompletedIn">Only actions completed in this period (the Code report's service improvements).</param>
public sealed record LearningQuery(
    bool OpenOnly = true,
    IReadOnlyList<string>? Teams = null,
    string? Department = null,
    string? Owner = null,
    int Take = 200,
    Figures.ReportingPeriod? PlanFor = null,
    Figures.ReportingPeriod? CompletedIn = null);

/// <summary>A learning action with the case it came from.</summary>
public sealed record LearningActionEntry(Guid CaseId, string CaseReference, string Team, LearningAction Action);
