using System.Net;
using ComplaintsAssistant.Core.Mailbox;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Cosmos.Items;
using Microsoft.Azure.Cosmos;

namespace ComplaintsAssistant.Store.Cosmos;

/// <summary>The complaints mailbox's triage drafts and cursor, as meta items. Adding a draft is a create, which only one
/// writer wins; changing one is guarded by the ETag read, which is the version callers quote.</summary>
public sealed partial class CosmosCaseStore : ITriageDrafts
{
    public async Task<string?> TryAddTriageDraftAsync(TriageDraft draft, CancellationToken cancellationToken = default)
    {
        var item = TriageItem.Of(draft);
        var (created, etag) = await CosmosIo.CreateAsync((await ContainersAsync(cancellationToken)).Meta, item.Id, item, cancellationToken);
        return created ? etag : null;
    }

    public async Task<Versioned<TriageDraft>?> GetTriageDraftAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var (item, etag) = await CosmosIo.ReadAsync<TriageItem>((await ContainersAsync(cancellationToken)).Meta, MetaIds.For(MetaIds.Triage, id.ToString("N")), cancellationToken);
        return item is null ? null : new Versioned<TriageDraft>(item.Draft, etag!);
    }

    public async Task<string?> TryReplaceTriageDraftAsync(TriageDraft draft, string expectedVersion, CancellationToken cancellationToken = default)
    {
        var item = TriageItem.Of(draft);
        return await CosmosIo.ReplaceIfAsync((await ContainersAsync(cancellationToken)).Meta, item.Id, item, expectedVersion, cancellationToken);
    }

    public async Task<IReadOnlyList<TriageDraft>> ListTriageDraftsAsync(TriageState state, int take, CancellationToken cancellationToken = default)
    {
        var query = new QueryDefinition("SELECT TOP @take * FROM c WHERE c.type = @type AND c.state = @state ORDER BY c.draftedAt")
            .WithParameter("@take", take)
            .WithParameter("@type", MetaIds.Triage)
            .WithParameter("@state", CosmosIo.Name(state));
        var items = await CosmosIo.ListAsync<TriageItem>((await ContainersAsync(cancellationToken)).Meta, query, cancellationToken);
        return items.Select(i => i.Draft).ToList();
    }

    public async Task<string?> GetMailboxCursorAsync(string mailbox, CancellationToken cancellationToken = default)
    {
        var (item, _) = await CosmosIo.ReadAsync<MailboxCursorItem>((await ContainersAsync(cancellationToken)).Meta, CursorId(mailbox), cancellationToken);
        return item?.DeltaLink;
    }

    public async Task SaveMailboxCursorAsync(string mailbox, string? deltaLink, CancellationToken cancellationToken = default)
    {
        var meta = (await ContainersAsync(cancellationToken)).Meta;
        var id = CursorId(mailbox);
        if (deltaLink is not null)
        {
            await CosmosIo.UpsertAsync(meta, id, new MailboxCursorItem(id, mailbox.ToLowerInvariant(), deltaLink), cancellationToken);
            return;
        }
        using var response = await meta.DeleteItemStreamAsync(id, CosmosIo.Key(id), cancellationToken: cancellationToken);
        if (response.StatusCode != HttpStatusCode.NotFound) response.EnsureSuccessStatusCode();
    }

    private static string CursorId(string mailbox) => MetaIds.For(MetaIds.MailboxCursor, mailbox.ToLowerInvariant());
}
