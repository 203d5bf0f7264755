using System.Text.Json;
using ComplaintsAssistant.Core.Storage;
using Microsoft.Azure.Cosmos;

namespace ComplaintsAssistant.Store.Cosmos;

/// <summary>Items are written with System.Text.Json and <see cref="CaseJson.Options"/> so the embedded case
/// document is byte-for-byte the shape every other store keeps (the SDK's default is Newtonsoft).</summary>
internal sealed class StjCosmosSerializer : CosmosSerializer
{
    private static readonly JsonSerializerOptions Options = CaseJson.Options;

    public override T FromStream<T>(Stream stream)
    {
        // The SDK asks for the raw stream on some paths; hand it over untouched.
        if (typeof(Stream).IsAssignableFrom(typeof(T))) return (T)(object)stream;
        using (stream)
            return JsonSerializer.Deserialize<T>(stream, Options)!;
    }

    public override Stream ToStream<T>(T input)
    {
        var buffer = new MemoryStream();
        JsonSerializer.Serialize(buffer, input, input?.GetType() ?? typeof(T), Options);
        buffer.Position = 0;
        return buffer;
    }
}
