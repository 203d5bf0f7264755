using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.SubjectAccess;
using ComplaintsAssistant.Store.Cosmos.Items;
using Microsoft.Azure.Cosmos;

namespace ComplaintsAssistant.Store.Cosmos;

/// <summary>The person index: <c>personKeys</c> on the case item (indexed, written with the case in its one write), and
/// a meta item per email sender. A search is <c>ARRAY_CONTAINS</c> on the indexed keys, plus the senders' items by key.</summary>
public sealed partial class CosmosCaseStore : IPersonIndex
{
    private const string BackfillDone = "person-index/backfilled";

    public async Task<IReadOnlyList<PersonMatch>> FindAsync(IReadOnlyCollection<string> allOf, int take, CancellationToken cancellationToken = default)
    {
        var keys = allOf.Distinct(StringComparer.Ordinal).ToArray();
        if (keys.Length == 0) return [];
        var containers = await ContainersAsync(cancellationToken);
        var where = string.Join(" AND ", keys.Select((_, i) => $"ARRAY_CONTAINS(c.personKeys, @k{i})"));
        var byCase = WithKeys(new QueryDefinition($"SELECT c.id, c.reference, c.kind, c.team, c.receivedOn, c.people FROM c WHERE {where}"), keys);
        var found = (await CosmosIo.ListAsync<PersonRowItem>(containers.Cases, byCase, cancellationToken)).ToDictionary(r => r.Id);

        // Emails' senders: their items by key, then the cases they belong to that the case items didn't give.
        var bySender = WithKeys(new QueryDefinition(
            $"SELECT c.caseId, c.personKey FROM c WHERE c.type = @type AND c.personKey IN ({string.Join(", ", keys.Select((_, i) => $"@k{i}"))})"), keys)
            .WithParameter("@type", MetaIds.PersonSender);
        var senders = (await CosmosIo.ListAsync<SenderRowItem>(containers.Meta, bySender, cancellationToken))
            .GroupBy(s => s.CaseId.ToString()).ToDictionary(g => g.Key, g => g.Select(s => s.PersonKey).ToArray());
        var missing = senders.Keys.Where(id => !found.ContainsKey(id)).ToArray();
        if (missing.Length > 0)
        {
            var byId = new QueryDefinition("SELECT c.id, c.reference, c.kind, c.team, c.receivedOn, c.people FROM c WHERE ARRAY_CONTAINS(@ids, c.id)")
                .WithParameter("@ids", missing);
            foreach (var row in await CosmosIo.ListAsync<PersonRowItem>(containers.Cases, byId, cancellationToken)) found[row.Id] = row;
        }

        return found.Values
            .Select(r => new PersonMatch(Guid.Parse(r.Id), r.Reference, r.Kind, r.Team, r.ReceivedOn,
                [.. (r.People ?? []).Select(p => p.ToKey()).Where(k => keys.Contains(k.Key))
                    .Concat((senders.GetValueOrDefault(r.Id) ?? []).Select(k => new PersonKey(PersonField.EmailSender, k)))
                    .Distinct()]))
            .Where(m => keys.All(k => m.Keys.Any(x => x.Key == k)))
            .OrderByDescending(m => m.ReceivedOn).ThenBy(m => m.Reference, StringComparer.Ordinal)
            .Take(take).ToArray();
    }

    public async Task AddSenderAsync(Guid caseId, PersonKey sender, CancellationToken cancellationToken = default)
    {
        var item = PersonSenderItem.Of(caseId, sender.Key);
        await CosmosIo.UpsertAsync((await ContainersAsync(cancellationToken)).Meta, item.Id, item, cancellationToken);
    }

    /// <summary>Each case item without person keys (saved before the index) is given them, replaced only if unchanged since
    /// read: a case saved meanwhile was indexed by that save. Then a marker, so later starts skip the query.</summary>
    public async Task<int> BackfillAsync(CancellationToken cancellationToken = default)
    {
        if (await GetAsync(BackfillDone, cancellationToken) is not null) return 0;
        var cases = (await ContainersAsync(cancellationToken)).Cases;
        var ids = await CosmosIo.ListAsync<string>(cases, new QueryDefinition("SELECT VALUE c.id FROM c WHERE NOT IS_DEFINED(c.personKeys)"), cancellationToken);
        var indexed = 0;
        foreach (var id in ids)
        {
            var (item, etag) = await CosmosIo.ReadAsync<JsonObject>(cases, id, cancellationToken);
            if (item is null || etag is null || item["personKeys"] is not null || item["doc"] is not { } doc) continue;
            var keys = PersonIndex.Of(CaseJson.Deserialize(doc.ToJsonString()));
            item["personKeys"] = new JsonArray([.. keys.Select(k => (JsonNode)JsonValue.Create(k.Key)!).DistinctBy(n => n.ToJsonString())]);
            item["people"] = System.Text.Json.JsonSerializer.SerializeToNode(keys.Select(PersonKeyItem.Of).ToArray(), CaseJson.Options);
            if (await CosmosIo.ReplaceIfAsync(cases, id, item, etag, cancellationToken) is not null) indexed++;
        }
        await AddIfAbsentAsync(BackfillDone, "done", cancellationToken);
        return indexed;
    }

    /// <summary>The senders' items, and the case item's own keys (emptied, if the case item is still there), so nothing of
    /// the index finds the case even before disposal deletes the case item.</summary>
    public async Task DeleteForCaseAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var containers = await ContainersAsync(cancellationToken);
        var query = new QueryDefinition("SELECT VALUE c.id FROM c WHERE c.type = @type AND c.caseId = @caseId")
            .WithParameter("@type", MetaIds.PersonSender).WithParameter("@caseId", caseId);
        foreach (var id in await CosmosIo.ListAsync<string>(containers.Meta, query, cancellationToken))
        {
            using var response = await containers.Meta.DeleteItemStreamAsync(id, CosmosIo.Key(id), cancellationToken: cancellationToken);
            if (!response.IsSuccessStatusCode && response.StatusCode != System.Net.HttpStatusCode.NotFound) response.EnsureSuccessStatusCode();
        }
        // A save racing this one changes the ETag: read again and retry until the item is gone or emptied.
        while (await CosmosIo.ReadAsync<JsonObject>(containers.Cases, caseId.ToString(), cancellationToken) is ({ } item, { } etag))
        {
            item["personKeys"] = new JsonArray();
            item["people"] = new JsonArray();
            if (await CosmosIo.ReplaceIfAsync(containers.Cases, caseId.ToString(), item, etag, cancellationToken) is not null) return;
        }
    }

    private static QueryDefinition WithKeys(QueryDefinition query, IReadOnlyList<string> keys)
    {
        for (var i = 0; i < keys.Count; i++) query = query.WithParameter($"@k{i}", keys[i]);
        return query;
    }

    private sealed record PersonRowItem(string Id, string Reference, CaseKind Kind, string Team, DateOnly ReceivedOn, PersonKeyItem[]? People);

    private sealed record SenderRowItem(Guid CaseId, string PersonKey);
}
