using ComplaintsAssistant.Core.Retention;
using ComplaintsAssistant.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsAssistant.Store.Sqlite;

/// <summary>The disposal list, disposal records, and erasing a case (<see cref="ICaseErasure"/>: every table that names it,
/// in one transaction; figure facts kept under a new random id, so the month counts' triggers move nothing).</summary>
public sealed partial class SqliteCaseStore : IDisposals, ICaseErasure
{
    public async Task NoteDisposalAsync(DisposalEntry entry, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        // One write transaction with RecordDisposalAsync's: a case another host destroyed meanwhile is not listed again.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.DisposalRecords.AnyAsync(r => r.Reference == entry.Reference, cancellationToken)) return;
        var row = DisposalEntryRow.Of(entry);
        var changed = await db.DisposalEntries.Where(e => e.CaseId == entry.CaseId).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.Reference, row.Reference).SetProperty(e => e.Class, row.Class).SetProperty(e => e.Rule, row.Rule)
            .SetProperty(e => e.DisposeOn, row.DisposeOn).SetProperty(e => e.State, row.State).SetProperty(e => e.HeldBecause, row.HeldBecause), cancellationToken);
        // The transaction is immediate (SQLite's writers queue), so no other host adds the entry between the update and the add.
        if (changed == 0) db.DisposalEntries.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task RemoveDisposalAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        await db.DisposalEntries.Where(e => e.CaseId == caseId).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DisposalEntry>> ListDisposalsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        var rows = await db.DisposalEntries.AsNoTracking().OrderBy(e => e.DisposeOn).ThenBy(e => e.Reference).ToListAsync(cancellationToken);
        return rows.Select(r => r.ToEntry()).ToArray();
    }

    public async Task<bool> ApproveDisposalAsync(Guid caseId, DisposalApproval approval, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        return await db.DisposalEntries.Where(e => e.CaseId == caseId && e.ApprovedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ApprovedBy, approval.By).SetProperty(e => e.ApprovedAt, approval.At), cancellationToken) == 1;
    }

    public async Task RecordDisposalAsync(Guid caseId, DisposalRecord record, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.DisposalRecords.AnyAsync(r => r.Reference == record.Reference, cancellationToken))
            db.DisposalRecords.Add(DisposalRecordRow.Of(record));
        await db.SaveChangesAsync(cancellationToken);
        await db.DisposalEntries.Where(e => e.CaseId == caseId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DisposalRecord>> ListDisposalRecordsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        var rows = await db.DisposalRecords.AsNoTracking().Where(r => r.DisposedOn >= from && r.DisposedOn <= to)
            .OrderBy(r => r.DisposedOn).ThenBy(r => r.Reference).ToListAsync(cancellationToken);
        return rows.Select(r => r.ToRecord()).ToArray();
    }

    /// <summary>The one list of what names a case on SQLite; Cosmos's, in <c>CosmosCaseStore.Disposals.cs</c>, matches it.</summary>
    public async Task EraseCaseAsync(Guid caseId, string reference, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var anonymous = Guid.NewGuid();
        await db.FigureCases.Where(f => f.CaseId == caseId).ExecuteUpdateAsync(s => s.SetProperty(f => f.CaseId, anonymous), cancellationToken);
        await db.FigureStages.Where(f => f.CaseId == caseId).ExecuteUpdateAsync(s => s.SetProperty(f => f.CaseId, anonymous), cancellationToken);
        await db.FigureConcerns.Where(f => f.CaseId == caseId).ExecuteUpdateAsync(s => s.SetProperty(f => f.CaseId, anonymous), cancellationToken);
        await db.FigureChildren.Where(f => f.CaseId == caseId).ExecuteUpdateAsync(s => s.SetProperty(f => f.CaseId, anonymous), cancellationToken);
        await db.FigurePayments.Where(f => f.CaseId == caseId).ExecuteUpdateAsync(s => s.SetProperty(f => f.CaseId, anonymous), cancellationToken);
        await db.FigureOmbudsman.Where(f => f.CaseId == caseId).ExecuteUpdateAsync(s => s.SetProperty(f => f.CaseId, anonymous), cancellationToken);
        await db.FigureEscalations.Where(f => f.CaseId == caseId).ExecuteUpdateAsync(s => s.SetProperty(f => f.CaseId, anonymous), cancellationToken);
        await db.FigureResolutions.Where(f => f.CaseId == caseId).ExecuteUpdateAsync(s => s.SetProperty(f => f.CaseId, anonymous), cancellationToken);
        // The person index names the case's people: subject access searches must no longer find it.
        await db.PersonKeys.Where(k => k.CaseId == caseId).ExecuteDeleteAsync(cancellationToken);
        await db.LearningActions.Where(l => l.CaseId == caseId).ExecuteDeleteAsync(cancellationToken);
        await db.IntakeClaims.Where(i => i.CaseId == caseId).ExecuteDeleteAsync(cancellationToken);
        await db.CaseMessages.Where(m => m.CaseId == caseId).ExecuteDeleteAsync(cancellationToken);
        await db.Prompts.Where(p => p.CaseId == caseId).ExecuteDeleteAsync(cancellationToken);
        await db.CaseReads.Where(r => r.CaseId == caseId).ExecuteDeleteAsync(cancellationToken);
        await db.Conversations.Where(c => c.Reference == reference).ExecuteDeleteAsync(cancellationToken);
        // A draft names the case it made or was added to inside its document (and holds the email's words).
        var id = caseId.ToString();
        await db.TriageDrafts.Where(t => t.Document.Contains(id) || t.Document.Contains(reference)).ExecuteDeleteAsync(cancellationToken);
        await db.Cases.Where(c => c.Id == caseId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
