using System.Net;
using System.Runtime.CompilerServices;
using ComplaintsAssistant.Store.Cosmos.Items;
using Microsoft.Azure.Cosmos;

namespace ComplaintsAssistant.Store.Cosmos;

/// <summary>Sequences: one counter item each in the meta container.</summary>
public sealed partial class CosmosCaseStore
{
    /// <summary>One request in the usual case: PATCH increment is applied atomically by the server, so concurrent
    /// callers never see the same number and nobody retries (an ETag read-modify-write would retry under contention).</summary>
    public Task<int> NextSequenceAsync(string sequence, CancellationToken cancellationToken = default) =>
        TakeAsync(sequence, 1, cancellationToken);

    /// <summary>A block in one request, as <see cref="NextSequenceAsync"/> takes one number.</summary>
    public async Task<IReadOnlyList<int>> NextSequenceNumbersAsync(string sequence, int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var last = await TakeAsync(sequence, count, cancellationToken);
        return [.. Enumerable.Range(last - count + 1, count)];
    }

    /// <summary>Moves the sequence on by <paramref name="count"/>; the last number taken.</summary>
    private async Task<int> TakeAsync(string sequence, int count, CancellationToken cancellationToken)
    {
        var meta = (await ContainersAsync(cancellationToken)).Meta;
        var id = MetaIds.For(MetaIds.Sequence, sequence);
        while (true)
        {
            using (var patched = await meta.PatchItemStreamAsync(id, CosmosIo.Key(id), [PatchOperation.Increment("/last", count)], cancellationToken: cancellationToken))
            {
                if (patched.IsSuccessStatusCode) return CosmosIo.Parse<SequenceRow>(patched.Content).Last;
                if (patched.StatusCode != HttpStatusCode.NotFound) patched.EnsureSuccessStatusCode();
            }
            // First use of this sequence. If another caller creates it first, go round and increment theirs.
            var (created, _) = await CosmosIo.CreateAsync(meta, id, new SequenceItem(id, sequence, count), cancellationToken);
            if (created) return count;
        }
    }

    /// <summary>Read, then replace only if unchanged (ETag); a lost race just reads again. Never lowers.</summary>
    public async Task RaiseSequenceAsync(string sequence, int value, CancellationToken cancellationToken = default)
    {
        var meta = (await ContainersAsync(cancellationToken)).Meta;
        var id = MetaIds.For(MetaIds.Sequence, sequence);
        while (true)
        {
            var (current, etag) = await CosmosIo.ReadAsync<SequenceRow>(meta, id, cancellationToken);
            if (current is null)
            {
                if ((await CosmosIo.CreateAsync(meta, id, new SequenceItem(id, sequence, value), cancellationToken)).Created) return;
                continue;
            }
            if (current.Last >= value) return;
            if (await CosmosIo.ReplaceIfAsync(meta, id, new SequenceItem(id, sequence, value), etag!, cancellationToken) is not null) return;
        }
    }

    public async IAsyncEnumerable<KeyValuePair<string, int>> ExportSequencesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var meta = (await ContainersAsync(cancellationToken)).Meta;
        var query = new QueryDefinition("SELECT c.name, c.last FROM c WHERE c.type = @type").WithParameter("@type", MetaIds.Sequence);
        await foreach (var row in CosmosIo.QueryAsync<SequenceRow>(meta, query, cancellationToken))
            yield return new(row.Name, row.Last);
    }

    private sealed record SequenceRow(string Name, int Last);
}
