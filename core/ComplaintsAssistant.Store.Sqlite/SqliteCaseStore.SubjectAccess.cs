using System.Text.Json;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.SubjectAccess;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsAssistant.Store.Sqlite;

/// <summary>Subject access requests: a row each, the request as JSON.</summary>
public sealed partial class SqliteCaseStore : ISubjectAccessRequests
{
    public async Task AddAsync(SubjectAccessRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        db.SubjectAccessRequests.Add(new SubjectAccessRequestRow
        {
            Id = request.Id, Reference = request.Reference, ReceivedOn = request.ReceivedOn, Document = JsonSerializer.Serialize(request, CaseJson.Options),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task ReplaceAsync(SubjectAccessRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        var document = JsonSerializer.Serialize(request, CaseJson.Options);
        await db.SubjectAccessRequests.Where(r => r.Id == request.Id).ExecuteUpdateAsync(set => set.SetProperty(r => r.Document, document), cancellationToken);
    }

    async Task<SubjectAccessRequest?> ISubjectAccessRequests.GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = _contexts.CreateDbContext();
        var document = await db.SubjectAccessRequests.AsNoTracking().Where(r => r.Id == id).Select(r => r.Document).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : JsonSerializer.Deserialize<SubjectAccessRequest>(document, CaseJson.Options);
    }

    async Task<IReadOnlyList<SubjectAccessRequest>> ISubjectAccessRequests.ListAsync(CancellationToken cancellationToken)
    {
        await using var db = _contexts.CreateDbContext();
        var documents = await db.SubjectAccessRequests.AsNoTracking().OrderBy(r => r.ReceivedOn).ThenBy(r => r.Reference).Select(r => r.Document)
            .ToListAsync(cancellationToken);
        return documents.Select(d => JsonSerializer.Deserialize<SubjectAccessRequest>(d, CaseJson.Options)!).ToArray();
    }
}
