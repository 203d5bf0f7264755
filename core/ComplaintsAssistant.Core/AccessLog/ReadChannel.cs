namespace ComplaintsAssistant.Core.AccessLog;

/// <summary>Through what a person saw a case: the edge that showed it to them.</summary>
public enum ReadChannel
{
    /// <summary>The HTTP API called directly (scripts, other systems, the developer page).</summary>
    Api,
    /// <summary>A case card in Teams: opened, redrawn after a refused change, or a snooze.</summary>
    TeamsBot,
    /// <summary>The Outlook add-in (it says so with the <c>X-Complaints-Client: outlook-addin</c> header), e.g. "already a case".</summary>
    OutlookAddin,
    /// <summary>A deadline prompt the bot sent its recipient, which carries the case card.</summary>
    DeadlinePrompt,
    /// <summary>A complaints officer's search for a person's cases (subject access): the case was found, not opened.</summary>
    SubjectAccessSearch,
    /// <summary>A subject access pack: the whole case was copied into it.</summary>
    SubjectAccessPack,
}
