namespace ComplaintsAssistant.Core.EmailIntake.Linking;

/// <summary>Finds the case an email already belongs to. Implemented by the stores; each lookup is one indexed read.</summary>
public interface IEmailCaseLookup
{
    /// <summary>The case created from this very email: its intake key is the email's internet message id.</summary>
    Task<LinkedCase?> FindByIntakeKeyAsync(string internetMessageId, CancellationToken cancellationToken = default);

    /// <summary>The case with this reference (e.g. <c>CC-2026-0001</c>), as quoted in a reply's subject.</summary>
    Task<LinkedCase?> FindByReferenceAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>The case that keeps an email with one of these internet message ids (the emails it was created from or
    /// linked to, and those the council sent about it): the conversation this email replies to.</summary>
    Task<LinkedCase?> FindByConversationAsync(IReadOnlyList<string> messageIds, CancellationToken cancellationToken = default);
}
