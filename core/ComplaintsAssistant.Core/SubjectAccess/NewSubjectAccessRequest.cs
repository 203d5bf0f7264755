namespace ComplaintsAssistant.Core.SubjectAccess;

/// <summary>A subject access request as an officer records it.</summary>
public sealed record NewSubjectAccessRequest(
    string? Requester,
    DateOnly? ReceivedOn,
    string? Email = null,
    string? Phone = null,
    DateOnly? IdentityConfirmedOn = null,
    DateOnly? ExtensionToldOn = null);
