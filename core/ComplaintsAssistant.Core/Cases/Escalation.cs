namespace ComplaintsAssistant.Core.Cases;

/// <summary>A request to take the complaint to the next stage, and what the council did with it.</summary>
/// <param name="FromStage">The stage whose response the complainant is unhappy with.</param>
/// <param name="WorkingDaysAfterResponse">How long after the response the request came.</param>
/// <param name="LateReason">Why a request outside the window was accepted.</param>
public sealed record Escalation(
    int FromStage,
    DateOnly RequestedOn,
    int WorkingDaysAfterResponse,
    bool OutsideWindow,
    string? LateReason,
    EscalationDecision? Decision = null,
    string? DecisionNote = null,
    DateOnly? DecidedOn = null);

public enum EscalationDecision
{
    /// <summary>The next stage was opened.</summary>
    Progressed,
    /// <summary>Refused or not progressed: court proceedings, not in the child's best interests, resolved at a meeting.</summary>
    NotProgressed,
    /// <summary>Resolved through alternative dispute resolution / mediation; counted as an escalation.</summary>
    ResolvedByAdr,
}

/// <summary>Grounds on which councils refuse or do not progress an escalation (reported separately).</summary>
public enum RefusalGround { CourtProceedings, NotInChildsBestInterests, ResolvedAtMeeting, Other }
