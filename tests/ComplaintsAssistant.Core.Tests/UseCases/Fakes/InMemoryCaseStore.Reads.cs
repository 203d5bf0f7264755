using ComplaintsAssistant.Core.AccessLog;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Core.Tests.UseCases.Fakes;

/// <summary>The access log kept beside the cases, as the real stores keep it (their contract suite tests the queries).</summary>
internal sealed partial class InMemoryCaseStore : IAccessLog
{
    private readonly List<CaseRead> _reads = [];

    public IReadOnlyList<CaseRead> Reads { get { lock (_gate) return [.. _reads]; } }

    public Task RecordAsync(CaseRead read, CancellationToken cancellationToken = default)
    {
        lock (_gate) _reads.Add(read);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CaseRead>> ListForCaseAsync(Guid caseId, int skip, int take, CancellationToken cancellationToken = default) =>
        Newest(r => r.CaseId == caseId, skip, take);

    public Task<IReadOnlyList<CaseRead>> ListForReaderAsync(string readerId, DateTimeOffset from, DateTimeOffset to, int skip, int take,
        CancellationToken cancellationToken = default) =>
        Newest(r => r.ReaderId == readerId && r.At >= from && r.At < to, skip, take);

    public Task<int> DeleteBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        lock (_gate) return Task.FromResult(_reads.RemoveAll(r => r.At < before));
    }

    private Task<IReadOnlyList<CaseRead>> Newest(Func<CaseRead, bool> which, int skip, int take)
    {
        lock (_gate) return Task.FromResult<IReadOnlyList<CaseRead>>([.. _reads.Where(which).Reverse().OrderByDescending(r => r.At).Skip(skip).Take(take)]);
    }
}
