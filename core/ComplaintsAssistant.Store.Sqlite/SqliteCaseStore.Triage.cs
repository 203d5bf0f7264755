using System.Globalization;
using ComplaintsAssistant.Core.Mailbox;
using ComplaintsAssistant.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsAssistant.Store.Sqlite;

/// <summary>The complaints mailbox's triage drafts and cursor. Adding a draft is an insert the primary key decides (one
/// email, one draft, however many processes share the file); changing one is an UPDATE conditional on the version read.</summary>
public sealed partial class SqliteCaseStore : ITriageDrafts
{
    public async Task<string?> TryAddTriageDraftAsync(TriageDraft draft, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        db.TriageDrafts.Add(TriageDraftRow.Of(draft, version: 1));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return "1";
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e))
        {
            return null;
        }
    }

    public async Task<Versioned<TriageDraft>?> GetTriageDraftAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        var row = await db.TriageDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        return row is null ? null : new Versioned<TriageDraft>(row.ToDraft(), row.Version.ToString(CultureInfo.InvariantCulture));
    }

    public async Task<string?> TryReplaceTriageDraftAsync(TriageDraft draft, string expectedVersion, CancellationToken cancellationToken = default)
    {
        if (!int.TryParse(expectedVersion, CultureInfo.InvariantCulture, out var expected)) return null;
        var row = TriageDraftRow.Of(draft, expected + 1);
        await using var db = _contexts.CreateDbContext();
        var changed = await db.TriageDrafts
            .Where(d => d.Id == row.Id && d.Version == expected)
            .ExecuteUpdateAsync(set => set
                .SetProperty(d => d.Version, row.Version)
                .SetProperty(d => d.State, row.State)
                .SetProperty(d => d.Document, row.Document), cancellationToken);
        return changed == 1 ? row.Version.ToString(CultureInfo.InvariantCulture) : null;
    }

    public async Task<IReadOnlyList<TriageDraft>> ListTriageDraftsAsync(TriageState state, int take, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        var rows = await db.TriageDrafts.AsNoTracking()
            .Where(d => d.State == state)
            .OrderBy(d => d.DraftedAt).ThenBy(d => d.Id)
            .Take(take)
            .ToListAsync(cancellationToken);
        return rows.Select(r => r.ToDraft()).ToList();
    }

    public async Task<string?> GetMailboxCursorAsync(string mailbox, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        var key = mailbox.ToLowerInvariant();
        return await db.MailboxCursors.AsNoTracking().Where(c => c.Mailbox == key).Select(c => c.DeltaLink).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task SaveMailboxCursorAsync(string mailbox, string? deltaLink, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        var key = mailbox.ToLowerInvariant();
        if (deltaLink is null)
        {
            await db.MailboxCursors.Where(c => c.Mailbox == key).ExecuteDeleteAsync(cancellationToken);
            return;
        }
        // One statement: the last writer wins, and any host's link is a valid place to read on from.
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO MailboxCursors (Mailbox, DeltaLink) VALUES ({key}, {deltaLink}) ON CONFLICT(Mailbox) DO UPDATE SET DeltaLink = excluded.DeltaLink",
            cancellationToken);
    }
}
