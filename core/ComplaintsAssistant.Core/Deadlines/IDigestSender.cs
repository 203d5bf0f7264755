namespace ComplaintsAssistant.Core.Deadlines;

/// <summary>Delivers the weekly digest to a complaints officer in a 1:1 chat, as <see cref="IPromptSender"/> does prompts.</summary>
public interface IDigestSender
{
    /// <summary>An exception means nobody knows whether it arrived (the ledger keeps it in doubt); a <see cref="Delivery"/>
    /// that is not sent says why the officer can't be reached, and it is tried again later that week.</summary>
    Task<Delivery> SendAsync(OfficerDigest digest, string officer, CancellationToken cancellationToken = default);
}
