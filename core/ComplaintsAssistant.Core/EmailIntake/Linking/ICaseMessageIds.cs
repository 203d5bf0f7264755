using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Core.EmailIntake.Linking;

/// <summary>Keeps, with a case, the internet message ids of the emails that belong to it: later emails linked to it and
/// the emails the council sent about it (an acknowledgement, a response), so a reply to any of them finds the case
/// (<see cref="IEmailCaseLookup.FindByConversationAsync"/>). An email belongs to one case only. Implemented by the stores.</summary>
public interface ICaseMessageIds
{
    /// <summary>Records that the emails with these ids belong to the case. Keeping an id the case already keeps changes
    /// nothing. If any id already belongs to another case (kept by it, or the email it was made from), nothing is kept
    /// and a conflict names that case; a case that isn't stored is not found.</summary>
    Task<Result> KeepAsync(Guid caseId, IReadOnlyCollection<string> messageIds, CancellationToken cancellationToken = default);
}
