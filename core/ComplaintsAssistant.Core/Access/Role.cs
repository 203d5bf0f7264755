namespace ComplaintsAssistant.Core.Access;

public enum Role
{
    /// <summary>Social workers and team staff: log cases and compliments, see their team's cases, record learning.</summary>
    Staff,
    /// <summary>Team managers and heads of service: answer and manage their team's cases.</summary>
    Manager,
    /// <summary>The complaints team: triage, escalations, panels, the Ombudsman; sees every case.</summary>
    ComplaintsOfficer,
}
