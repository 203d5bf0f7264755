using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.SubjectAccess;

namespace ComplaintsAssistant.Core.Storage;

/// <summary>The person index for subject access searches: the keys <see cref="PersonIndex.Of(Case)"/> gives, written by
/// the store with every save of the case (add, update, import), plus the senders of emails kept with it. Deleted with the
/// case: <see cref="DeleteForCaseAsync"/> is what disposal calls. Every implementation passes the same contract suite.</summary>
public interface IPersonIndex
{
    /// <summary>Cases holding every one of <paramref name="allOf"/>, newest received first, each with its keys among them
    /// (and where on the case each was found). Answered from the index: no case document is read.</summary>
    Task<IReadOnlyList<PersonMatch>> FindAsync(IReadOnlyCollection<string> allOf, int take, CancellationToken cancellationToken = default);

    /// <summary>Adds the sender of an email kept with the case; kept until the case is deleted (a case's save doesn't drop it).</summary>
    Task AddSenderAsync(Guid caseId, PersonKey sender, CancellationToken cancellationToken = default);

    /// <summary>Indexes the cases saved before the index existed (an upgraded file or container). Safe to re-run and to run
    /// on several hosts at once; a case saved meanwhile is indexed by its save. Returns how many cases it indexed.</summary>
    Task<int> BackfillAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes every key of the case, its emails' senders included (disposal).</summary>
    Task DeleteForCaseAsync(Guid caseId, CancellationToken cancellationToken = default);
}

/// <summary>A case found in the person index: what a list row shows, and the keys it matched.</summary>
public sealed record PersonMatch(Guid Id, string Reference, CaseKind Kind, string Team, DateOnly ReceivedOn, IReadOnlyList<PersonKey> Keys);
