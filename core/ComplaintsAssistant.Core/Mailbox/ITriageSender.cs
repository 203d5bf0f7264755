using ComplaintsAssistant.Core.Deadlines;

namespace ComplaintsAssistant.Core.Mailbox;

/// <summary>Puts a triage card in front of a complaints officer in a 1:1 chat, as <see cref="IPromptSender"/> does prompts.</summary>
public interface ITriageSender
{
    /// <summary>An exception means nobody knows whether it arrived (the ledger keeps it in doubt); a <see cref="Delivery"/>
    /// that is not sent says why, and it is tried again later.</summary>
    Task<Delivery> SendAsync(TriageDraft draft, string officer, CancellationToken cancellationToken = default);
}
