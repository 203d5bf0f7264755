using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.SubjectAccess;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsAssistant.Store.Sqlite;

/// <summary>The person index: rows of (case, field, key), rewritten with the case in its save's transaction; emails'
/// senders are rows of their own that a save leaves alone.</summary>
public sealed partial class SqliteCaseStore : IPersonIndex
{
    private const string BackfillDone = "person-index/backfilled";

    public async Task<IReadOnlyList<PersonMatch>> FindAsync(IReadOnlyCollection<string> allOf, int take, CancellationToken cancellationToken = default)
    {
        var keys = allOf.Distinct(StringComparer.Ordinal).ToArray();
        if (keys.Length == 0) return [];
        await using var db = _contexts.CreateDbContext();
        var ids = db.PersonKeys.Where(p => keys.Contains(p.Key)).GroupBy(p => p.CaseId)
            .Where(g => g.Select(p => p.Key).Distinct().Count() == keys.Length).Select(g => g.Key);
        var cases = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id))
            .OrderByDescending(c => c.ReceivedOn).ThenBy(c => c.Reference).Take(take)
            .Select(c => new { c.Id, c.Reference, c.Kind, c.Team, c.ReceivedOn }).ToListAsync(cancellationToken);
        var found = cases.Select(c => c.Id).ToArray();
        var rows = await db.PersonKeys.AsNoTracking().Where(p => found.Contains(p.CaseId) && keys.Contains(p.Key)).ToListAsync(cancellationToken);
        return cases.Select(c => new PersonMatch(c.Id, c.Reference, c.Kind, c.Team, c.ReceivedOn,
            rows.Where(r => r.CaseId == c.Id).Select(r => new PersonKey(r.Field, r.Key)).ToArray())).ToArray();
    }

    public async Task AddSenderAsync(Guid caseId, PersonKey sender, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        if (await db.PersonKeys.AnyAsync(p => p.CaseId == caseId && p.Field == sender.Field && p.Key == sender.Key, cancellationToken)) return;
        db.PersonKeys.Add(new PersonKeyRow { CaseId = caseId, Field = sender.Field, Key = sender.Key });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e))
        {
            // The same sender kept at the same moment by another request: once is enough.
        }
    }

    /// <summary>Every case once, in id order, then a marker so later starts skip it. Each case's rows are replaced in one
    /// transaction, so a run stopped half way and run again leaves each case indexed once.</summary>
    public async Task<int> BackfillAsync(CancellationToken cancellationToken = default)
    {
        if (await GetAsync(BackfillDone, cancellationToken) is not null) return 0;
        var indexed = 0;
        await foreach (var subject in ExportAsync(cancellationToken))
        {
            await using var db = _contexts.CreateDbContext();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await ReplacePeopleAsync(db, subject, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            indexed++;
        }
        await AddIfAbsentAsync(BackfillDone, "done", cancellationToken);
        return indexed;
    }

    public async Task DeleteForCaseAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        await db.PersonKeys.Where(p => p.CaseId == caseId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The case's own keys, replaced for the caller's save; its emails' senders stay.</summary>
    private static async Task ReplacePeopleAsync(CasesDbContext db, Case subject, CancellationToken cancellationToken)
    {
        await db.PersonKeys.Where(p => p.CaseId == subject.Id && p.Field != PersonField.EmailSender).ExecuteDeleteAsync(cancellationToken);
        db.PersonKeys.AddRange(PersonRows(subject));
    }

    private static IEnumerable<PersonKeyRow> PersonRows(Case subject) =>
        PersonIndex.Of(subject).Select(k => new PersonKeyRow { CaseId = subject.Id, Field = k.Field, Key = k.Key });
}
