using ComplaintsAssistant.Core.SubjectAccess;

namespace ComplaintsAssistant.Core.Storage;

/// <summary>Where subject access requests are kept. Every implementation passes the same contract suite.</summary>
public interface ISubjectAccessRequests
{
    Task AddAsync(SubjectAccessRequest request, CancellationToken cancellationToken = default);

    /// <summary>Saves the request as changed (answered).</summary>
    Task ReplaceAsync(SubjectAccessRequest request, CancellationToken cancellationToken = default);

    Task<SubjectAccessRequest?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Every request, received first, first.</summary>
    Task<IReadOnlyList<SubjectAccessRequest>> ListAsync(CancellationToken cancellationToken = default);
}
