namespace ComplaintsAssistant.Core.Access;

/// <summary>Who may make a change to a case they can see. The complaints team may always.</summary>
public enum WhoMay
{
    /// <summary>Anyone who can see the case: everyday tasks every member of staff does.</summary>
    AnyoneWhoSeesIt,
    /// <summary>The owner of the current stage or any manager (of a team whose cases they see).</summary>
    OwnerOrManager,
    /// <summary>Only the owner of the current stage: what they agreed with the complainant themselves.</summary>
    StageOwner,
    ComplaintsTeam,
}
