namespace ComplaintsAssistant.Core.Cases;

/// <summary>A request to take the complaint to the next stage, and what the council did with it.</summary>
/// <param name="FromStage">The stage whose response the complainant is unhappy with.</param>
/// <param name="WorkingDaysAfterResponse">How long after the response the request came.</param>
/// <param name="LateReason">Why a request outside the window was accepted.</param>
/// <param name="AssessedBy">The role of whoever assessed the request (no names), e.g. "Complaints manager".</param>
/// <param name="Adr">Alternative dispute resolution tried on the request, whether or not it resolved it.</param>
public sealed record Escalation(
    int FromStage,
    DateOnly RequestedOn,
    int WorkingDaysAfterResponse,
    bool OutsideWindow,
    string? LateReason,
    EscalationDecision? Decision = null,
    string? DecisionNote = null,
    DateOnly? DecidedOn = null,
    string? AssessedBy = null,
    AdrMeeting? Adr = null)
{
    /// <summary>The stage asked for.</summary>
    public int ToStage => FromStage + 1;

    /// <summary>The next stage was opened on this request.</summary>
    public bool Progressed => Decision == EscalationDecision.Progressed;
}

/// <summary>Alternative dispute resolution (a meeting, mediation) held on an escalation request. One that resolved the
/// complaint ends it without the next stage; one that didn't leaves the request to progress.</summary>
/// <param name="Method">How, in the council's words ("meeting", "mediation"); null where older records didn't say.</param>
public sealed record AdrMeeting(string? Method, DateOnly? CompletedOn, bool Resolved, string? Note = null);

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
