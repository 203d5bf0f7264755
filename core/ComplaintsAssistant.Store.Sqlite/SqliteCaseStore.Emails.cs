using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.EmailIntake.Linking;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsAssistant.Store.Sqlite;

/// <summary>Which case an email belongs to: the case made from it (its intake key, a unique column on the case), or the
/// case that keeps it (a row in CaseMessages, keyed by the message id, so one email belongs to one case). Every lookup
/// is one indexed query; keeping ids checks and writes in one transaction.</summary>
public sealed partial class SqliteCaseStore
{
    Task<LinkedCase?> IEmailCaseLookup.FindByIntakeKeyAsync(string internetMessageId, CancellationToken cancellationToken) =>
        LinkedAsync(c => c.IntakeKey == internetMessageId, cancellationToken);

    Task<LinkedCase?> IEmailCaseLookup.FindByReferenceAsync(string reference, CancellationToken cancellationToken) =>
        LinkedAsync(c => c.Reference == reference, cancellationToken);

    /// <summary>Ids come newest first: the newest email that belongs to a case decides.</summary>
    public async Task<LinkedCase?> FindByConversationAsync(IReadOnlyList<string> messageIds, CancellationToken cancellationToken = default)
    {
        if (messageIds.Count == 0) return null;
        await using var db = _contexts.CreateDbContext();
        var owners = await OwnersAsync(db, messageIds, cancellationToken);
        return messageIds.Select(id => owners.GetValueOrDefault(id)).FirstOrDefault(c => c is not null);
    }

    public async Task<Result> KeepAsync(Guid caseId, IReadOnlyCollection<string> messageIds, CancellationToken cancellationToken = default)
    {
        if (MessageIdRules.Check(messageIds) is { } invalid) return invalid;
        await using var db = _contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var reference = await db.Cases.Where(c => c.Id == caseId).Select(c => c.Reference).FirstOrDefaultAsync(cancellationToken);
        if (reference is null) return DomainError.NotFound("The case");

        var owners = await OwnersAsync(db, messageIds.Distinct().ToArray(), cancellationToken);
        if (owners.FirstOrDefault(o => o.Value.Id != caseId) is { Value: not null } taken)
            return MessageIdRules.KeptByAnother(taken.Key, taken.Value.Reference);
        db.CaseMessages.AddRange(messageIds.Distinct().Where(id => !owners.ContainsKey(id)).Select(id => new CaseMessageRow { MessageId = id, CaseId = caseId }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e))
        {
            // Another writer kept one of these ids between our check and our write: look again to say whose it is.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await KeepAsync(caseId, messageIds, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return Result.Ok;
    }

    /// <summary>The case each of these ids belongs to, whether as the email it was made from or one it keeps.</summary>
    private static async Task<Dictionary<string, LinkedCase>> OwnersAsync(CasesDbContext db, IReadOnlyList<string> messageIds, CancellationToken cancellationToken)
    {
        var kept = await db.CaseMessages.AsNoTracking()
            .Where(m => messageIds.Contains(m.MessageId))
            .Join(db.Cases, m => m.CaseId, c => c.Id, (m, c) => new { m.MessageId, c.Id, c.Reference })
            .ToListAsync(cancellationToken);
        var made = await db.Cases.AsNoTracking()
            .Where(c => c.IntakeKey != null && messageIds.Contains(c.IntakeKey))
            .Select(c => new { MessageId = c.IntakeKey!, c.Id, c.Reference })
            .ToListAsync(cancellationToken);
        return kept.Concat(made).DistinctBy(o => o.MessageId)
            .ToDictionary(o => o.MessageId, o => new LinkedCase(o.Id, o.Reference, CaseLink.SameConversation), StringComparer.Ordinal);
    }

    private async Task<LinkedCase?> LinkedAsync(System.Linq.Expressions.Expression<Func<CaseRow, bool>> match, CancellationToken cancellationToken)
    {
        await using var db = _contexts.CreateDbContext();
        var found = await db.Cases.AsNoTracking().Where(match).Select(c => new { c.Id, c.Reference }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : new LinkedCase(found.Id, found.Reference);
    }
}
