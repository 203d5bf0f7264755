namespace ComplaintsAssistant.Core.EmailIntake.Linking;

/// <summary>A case an email belongs to, and how we know.</summary>
public sealed record LinkedCase(Guid Id, string Reference, CaseLink Link = CaseLink.SameMessage);

public enum CaseLink
{
    /// <summary>This email already made the case (one email is never two cases).</summary>
    SameMessage,
    /// <summary>The subject quotes the case's reference.</summary>
    ReferenceInSubject,
    /// <summary>It replies to an email kept with the case.</summary>
    SameConversation,
}
