using ComplaintsAssistant.Core.AccessLog;
using ComplaintsAssistant.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsAssistant.Store.Sqlite;

/// <summary>The access log: a row per read, apart from the case rows so a read never touches the case.</summary>
public sealed partial class SqliteCaseStore : IAccessLog
{
    public async Task RecordAsync(CaseRead read, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        db.CaseReads.Add(CaseReadRow.Of(read));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CaseRead>> ListForCaseAsync(Guid caseId, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        return await NewestFirst(db.CaseReads.Where(r => r.CaseId == caseId), skip, take, cancellationToken);
    }

    public async Task<IReadOnlyList<CaseRead>> ListForReaderAsync(string readerId, DateTimeOffset from, DateTimeOffset to, int skip, int take,
        CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        return await NewestFirst(db.CaseReads.Where(r => r.ReaderId == readerId && r.At >= from && r.At < to), skip, take, cancellationToken);
    }

    public async Task<int> DeleteBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        return await db.CaseReads.Where(r => r.At < before).ExecuteDeleteAsync(cancellationToken);
    }

    // Reads in the same tick keep the order they were recorded in.
    private static async Task<IReadOnlyList<CaseRead>> NewestFirst(IQueryable<CaseReadRow> reads, int skip, int take, CancellationToken cancellationToken) =>
        (await reads.AsNoTracking().OrderByDescending(r => r.At).ThenByDescending(r => r.Id).Skip(skip).Take(take).ToListAsync(cancellationToken))
            .Select(r => r.ToRead()).ToArray();
}
