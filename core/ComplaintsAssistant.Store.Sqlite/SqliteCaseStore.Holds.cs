using ComplaintsAssistant.Core.Retention;
using ComplaintsAssistant.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsAssistant.Store.Sqlite;

/// <summary>Legal holds: a row each, lifted by filling in who and when in one conditional update.</summary>
public sealed partial class SqliteCaseStore : ILegalHolds
{
    public async Task PlaceHoldAsync(LegalHold hold, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        db.LegalHolds.Add(LegalHoldRow.Of(hold));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<LegalHold?> GetHoldAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        return (await db.LegalHolds.AsNoTracking().SingleOrDefaultAsync(h => h.Id == id, cancellationToken))?.ToHold();
    }

    public async Task<IReadOnlyList<LegalHold>> ListHoldsAsync(bool includeLifted, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        var rows = await db.LegalHolds.AsNoTracking().Where(h => includeLifted || h.LiftedAt == null).OrderBy(h => h.SetAt).ToListAsync(cancellationToken);
        return rows.Select(r => r.ToHold()).ToArray();
    }

    public async Task<bool> LiftHoldAsync(Guid id, HoldLifted lifted, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        return await db.LegalHolds.Where(h => h.Id == id && h.LiftedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LiftedBy, lifted.By).SetProperty(h => h.LiftedAt, lifted.At), cancellationToken) == 1;
    }
}
