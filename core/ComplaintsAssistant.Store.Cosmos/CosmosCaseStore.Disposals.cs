using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Retention;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Cosmos.Items;
using Microsoft.Azure.Cosmos;

namespace ComplaintsAssistant.Store.Cosmos;

/// <summary>The disposal list and records as meta items, and erasing a case (<see cref="ICaseErasure"/>). Without a
/// transaction every step is a create, an ETag-guarded replace or a delete, so a run stopped half way or two hosts at
/// once end in the same place (decision 0017-retention).</summary>
public sealed partial class CosmosCaseStore : IDisposals, ICaseErasure
{
    public async Task NoteDisposalAsync(DisposalEntry entry, CancellationToken cancellationToken = default)
    {
        var meta = (await ContainersAsync(cancellationToken)).Meta;
        var id = DisposalEntryItem.IdOf(entry.CaseId);
        while (true)
        {
            var (item, etag) = await CosmosIo.ReadAsync<DisposalEntryItem>(meta, id, cancellationToken);
            var written = item is null
                ? (await CosmosIo.CreateAsync(meta, id, DisposalEntryItem.Of(entry), cancellationToken)).Created
                : await CosmosIo.ReplaceIfAsync(meta, id, DisposalEntryItem.Of(entry with { Approval = item.Entry.Approval }), etag!, cancellationToken) is not null;
            if (written) break;
            // Approved or listed by someone else meanwhile: read it again, keeping their approval.
        }
        // Written, then checked: RecordDisposalAsync writes the record, then deletes the entry, so whichever order the two
        // hosts' steps came in, a case destroyed meanwhile is not left on the list.
        var (record, _) = await CosmosIo.ReadAsync<DisposalRecordItem>(meta, MetaIds.For(MetaIds.DisposalRecord, entry.Reference), cancellationToken);
        if (record is not null) await DeleteAsync(meta, id, cancellationToken);
    }

    public async Task RemoveDisposalAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        await DeleteAsync((await ContainersAsync(cancellationToken)).Meta, DisposalEntryItem.IdOf(caseId), cancellationToken);

    public async Task<IReadOnlyList<DisposalEntry>> ListDisposalsAsync(CancellationToken cancellationToken = default)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.type = @type").WithParameter("@type", MetaIds.Disposal);
        var items = await CosmosIo.ListAsync<DisposalEntryItem>((await ContainersAsync(cancellationToken)).Meta, query, cancellationToken);
        return items.Select(i => i.Entry).OrderBy(e => e.DisposeOn).ThenBy(e => e.Reference, StringComparer.Ordinal).ToArray();
    }

    public async Task<bool> ApproveDisposalAsync(Guid caseId, DisposalApproval approval, CancellationToken cancellationToken = default)
    {
        var meta = (await ContainersAsync(cancellationToken)).Meta;
        var id = DisposalEntryItem.IdOf(caseId);
        while (true)
        {
            var (item, etag) = await CosmosIo.ReadAsync<DisposalEntryItem>(meta, id, cancellationToken);
            if (item is null || item.Entry.Approval is not null) return false;
            if (await CosmosIo.ReplaceIfAsync(meta, id, DisposalEntryItem.Of(item.Entry with { Approval = approval }), etag!, cancellationToken) is not null)
                return true;
        }
    }

    public async Task RecordDisposalAsync(Guid caseId, DisposalRecord record, CancellationToken cancellationToken = default)
    {
        var meta = (await ContainersAsync(cancellationToken)).Meta;
        var item = DisposalRecordItem.Of(record);
        // A conflict is the record another host (or the stopped run) already wrote: it stands.
        await CosmosIo.CreateAsync(meta, item.Id, item, cancellationToken);
        await DeleteAsync(meta, DisposalEntryItem.IdOf(caseId), cancellationToken);
    }

    public async Task<IReadOnlyList<DisposalRecord>> ListDisposalRecordsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.type = @type AND c.disposedOn >= @from AND c.disposedOn <= @to")
            .WithParameter("@type", MetaIds.DisposalRecord).WithParameter("@from", CosmosIo.Day(from)).WithParameter("@to", CosmosIo.Day(to));
        var items = await CosmosIo.ListAsync<DisposalRecordItem>((await ContainersAsync(cancellationToken)).Meta, query, cancellationToken);
        return items.Select(i => i.Record).OrderBy(r => r.DisposedOn).ThenBy(r => r.Reference, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The one list of what names a case on Cosmos; SQLite's is in <c>SqliteCaseStore.EraseCaseAsync</c> and they
    /// match: the case item (its learning actions and document inside it) with its figure facts kept anonymous, intake
    /// claims, kept emails' message items, the prompt ledger, access-log reads, conversation items naming its reference, and
    /// triage drafts whose document names its id or reference, and the person index's email senders (its other keys are on
    /// the case item). Holds stay: they are the record of the hold.</summary>
    public async Task EraseCaseAsync(Guid caseId, string reference, CancellationToken cancellationToken = default)
    {
        var containers = await ContainersAsync(cancellationToken);
        await KeepFactsAndDeleteCaseAsync(containers, caseId.ToString(), cancellationToken);
        var id = caseId.ToString();
        foreach (var type in new[] { MetaIds.Intake, MetaIds.Message, MetaIds.Prompt, MetaIds.Read, MetaIds.PersonSender })
            await DeleteWhereAsync(containers.Meta, type, "c.caseId = @value", id, cancellationToken);
        await DeleteWhereAsync(containers.Meta, MetaIds.Conversation, "c.reference = @value", reference, cancellationToken);
        // A draft names the case it made or was added to inside its document (and holds the email's words); drafts are
        // not indexed by case, so they are read and matched here, as SQLite matches the document's text.
        var drafts = new QueryDefinition("SELECT * FROM c WHERE c.type = @type").WithParameter("@type", MetaIds.Triage);
        foreach (var draft in await CosmosIo.ListAsync<JsonElement>(containers.Meta, drafts, cancellationToken))
        {
            var text = draft.GetProperty("draft").GetRawText();
            if (text.Contains(id, StringComparison.OrdinalIgnoreCase) || text.Contains(reference, StringComparison.Ordinal))
                await DeleteAsync(containers.Meta, draft.GetProperty("id").GetString()!, cancellationToken);
        }
    }

    /// <summary>Moves the case item's figure facts to an anonymous <see cref="FiguresItem"/>, then deletes the case item.
    /// The facts item's id is first written onto the case item (under its ETag), so a repeat finds it and creates nothing new;
    /// a case changed between that and the delete (its facts may have changed) loses that facts item and starts again.</summary>
    private static async Task KeepFactsAndDeleteCaseAsync(CosmosContainers containers, string id, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (item, etag) = await CosmosIo.ReadAsync<JsonObject>(containers.Cases, id, cancellationToken);
            if (item is null) return;
            var disposing = item.Deserialize<DisposingCaseItem>(CaseJson.Options)!;
            var factsId = disposing.FactsKeptAs;
            if (factsId is null)
            {
                factsId = $"{MetaIds.Figures}-{Guid.NewGuid():N}";
                item["factsKeptAs"] = factsId;
                foreach (var system in item.Select(p => p.Key).Where(k => k.StartsWith('_')).ToArray()) item.Remove(system);
                etag = await CosmosIo.ReplaceIfAsync(containers.Cases, id, item, etag!, cancellationToken);
                if (etag is null) continue;
            }
            await CosmosIo.CreateAsync(containers.Meta, factsId, disposing.Facts(factsId), cancellationToken);
            using var deleted = await containers.Cases.DeleteItemStreamAsync(id, CosmosIo.Key(id), new ItemRequestOptions { IfMatchEtag = etag }, cancellationToken);
            if (deleted.IsSuccessStatusCode || deleted.StatusCode == HttpStatusCode.NotFound) return;
            if (deleted.StatusCode != HttpStatusCode.PreconditionFailed) deleted.EnsureSuccessStatusCode();
            await DeleteAsync(containers.Meta, factsId, cancellationToken);
        }
    }

    private static async Task DeleteWhereAsync(Container meta, string type, string where, string value, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition($"SELECT VALUE c.id FROM c WHERE c.type = @type AND {where}").WithParameter("@type", type).WithParameter("@value", value);
        // Ids first, then deletes: deleting while paging a query over the same items could skip some.
        foreach (var id in await CosmosIo.ListAsync<string>(meta, query, cancellationToken)) await DeleteAsync(meta, id, cancellationToken);
    }

    private static async Task DeleteAsync(Container container, string id, CancellationToken cancellationToken)
    {
        using var response = await container.DeleteItemStreamAsync(id, CosmosIo.Key(id), cancellationToken: cancellationToken);
        if (response.StatusCode != HttpStatusCode.NotFound) response.EnsureSuccessStatusCode();
    }
}
