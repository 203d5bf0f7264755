using ComplaintsAssistant.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsAssistant.Store.Sqlite;

/// <summary>The prompt ledger: a row per prompt key. Adding is an insert the primary key decides; replacing is one
/// UPDATE conditional on the version read, so two processes on one file never both win.</summary>
public sealed partial class SqliteCaseStore : IPromptLedger
{
    public async Task<string?> TryAddPromptAsync(PromptEntry entry, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        db.Prompts.Add(PromptRow.Of(entry, version: 1));
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

    public async Task<Versioned<PromptEntry>?> GetPromptAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        var row = await db.Prompts.AsNoTracking().SingleOrDefaultAsync(p => p.Key == key, cancellationToken);
        return row is null ? null : new Versioned<PromptEntry>(row.ToEntry(), row.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task<string?> TryReplacePromptAsync(PromptEntry entry, string expectedVersion, CancellationToken cancellationToken = default)
    {
        if (!int.TryParse(expectedVersion, System.Globalization.CultureInfo.InvariantCulture, out var expected)) return null;
        var row = PromptRow.Of(entry, expected + 1);
        await using var db = _contexts.CreateDbContext();
        var changed = await db.Prompts
            .Where(p => p.Key == entry.Key && p.Version == expected)
            .ExecuteUpdateAsync(set => set
                .SetProperty(p => p.Version, row.Version)
                .SetProperty(p => p.Recipient, row.Recipient)
                .SetProperty(p => p.State, row.State)
                .SetProperty(p => p.Claimant, row.Claimant)
                .SetProperty(p => p.LeaseUntil, row.LeaseUntil)
                .SetProperty(p => p.Attempts, row.Attempts)
                .SetProperty(p => p.UpdatedAt, row.UpdatedAt)
                .SetProperty(p => p.SentAt, row.SentAt)
                .SetProperty(p => p.LastFailure, row.LastFailure)
                .SetProperty(p => p.RetryAt, row.RetryAt), cancellationToken);
        return changed == 1 ? row.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    public async Task<IReadOnlyList<PromptCandidate>> ListPromptCandidatesAsync(DateOnly onOrBefore, PromptCandidate? after, int take, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        var rows = db.Cases.AsNoTracking().Where(c => c.PromptOn != null && c.PromptOn <= onOrBefore);
        if (after is { PromptOn: var day, Reference: var reference })
            rows = rows.Where(c => c.PromptOn > day || (c.PromptOn == day && string.Compare(c.Reference, reference) > 0));
        return await rows
            .OrderBy(c => c.PromptOn).ThenBy(c => c.Reference)
            .Take(take)
            .Select(c => new PromptCandidate(c.Id, c.Reference, c.PromptOn!.Value))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PromptEntry>> ListUnsentPromptsAsync(int take, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        var rows = await db.Prompts.AsNoTracking()
            .Where(p => p.State != PromptState.Sent && p.State != PromptState.Snoozed)
            .OrderBy(p => p.UpdatedAt).ThenBy(p => p.Key)
            .Take(take)
            .ToListAsync(cancellationToken);
        return rows.Select(r => r.ToEntry()).ToList();
    }
}
