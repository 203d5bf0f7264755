using System.Net;
using System.Text.Json;
using ComplaintsAssistant.Core.Storage;
using Microsoft.Azure.Cosmos;

namespace ComplaintsAssistant.Store.Cosmos;

/// <summary>Stream-API helpers. Expected outcomes (404 on a read, 409 on a create, 412 on a stale write) come back
/// as status codes rather than exceptions: they are normal here, and exceptions would cost on hot paths.</summary>
internal static class CosmosIo
{
    public static PartitionKey Key(string id) => new(id);

    public static Stream Json<T>(T value) => new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(value, CaseJson.Options));

    public static T Parse<T>(Stream content) => JsonSerializer.Deserialize<T>(content, CaseJson.Options)
        ?? throw new JsonException($"Cosmos returned an empty {typeof(T).Name}.");

    /// <summary>The item and its ETag, or (null, null) when there is no such item.</summary>
    public static async Task<(T? Item, string? ETag)> ReadAsync<T>(Container container, string id, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await container.ReadItemStreamAsync(id, Key(id), cancellationToken: cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound) return (null, null);
        response.EnsureSuccessStatusCode();
        return (Parse<T>(response.Content), response.Headers.ETag);
    }

    /// <summary>Creates the item; false when one with its id already exists.</summary>
    public static async Task<(bool Created, string? ETag)> CreateAsync<T>(Container container, string id, T item, CancellationToken cancellationToken)
    {
        using var response = await container.CreateItemStreamAsync(Json(item), Key(id), cancellationToken: cancellationToken);
        if (response.StatusCode == HttpStatusCode.Conflict) return (false, null);
        response.EnsureSuccessStatusCode();
        return (true, response.Headers.ETag);
    }

    /// <summary>Replaces the item only if it still has <paramref name="etag"/>; null when it has changed or is gone.</summary>
    public static async Task<string?> ReplaceIfAsync<T>(Container container, string id, T item, string etag, CancellationToken cancellationToken)
    {
        using var response = await container.ReplaceItemStreamAsync(Json(item), id, Key(id),
            new ItemRequestOptions { IfMatchEtag = etag }, cancellationToken);
        if (response.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound) return null;
        response.EnsureSuccessStatusCode();
        return response.Headers.ETag;
    }

    public static async Task UpsertAsync<T>(Container container, string id, T item, CancellationToken cancellationToken)
    {
        using var response = await container.UpsertItemStreamAsync(Json(item), Key(id), cancellationToken: cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Every row of a query, page by page.</summary>
    public static async IAsyncEnumerable<T> QueryAsync<T>(Container container, QueryDefinition query,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var pages = container.GetItemQueryIterator<T>(query);
        while (pages.HasMoreResults)
            foreach (var row in await pages.ReadNextAsync(cancellationToken))
                yield return row;
    }

    public static async Task<List<T>> ListAsync<T>(Container container, QueryDefinition query, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await foreach (var row in QueryAsync<T>(container, query, cancellationToken)) rows.Add(row);
        return rows;
    }

    /// <summary>The name an enum value is stored under (<see cref="CaseJson"/> writes enums as camelCase names).
    /// Query parameters are passed as these strings so they match whatever serializer the SDK uses for them.</summary>
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonSerializer.Serialize(value, CaseJson.Options).Trim('"');

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
