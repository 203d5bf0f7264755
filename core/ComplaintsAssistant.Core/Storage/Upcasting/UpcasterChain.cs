using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Core.Storage.Upcasting;

/// <summary>Reads a stored case document of any version this build knows and hands it on as the current version
/// writes it, one step at a time. A document from a newer release is refused rather than misread.</summary>
public sealed class UpcasterChain
{
    public const string VersionProperty = "schemaVersion";

    private readonly ICaseUpcaster[] _steps;

    /// <param name="steps">Oldest first, one per version: the first reads version 1.</param>
    public UpcasterChain(IEnumerable<ICaseUpcaster> steps)
    {
        _steps = steps.ToArray();
        for (var i = 0; i < _steps.Length; i++)
        {
            if (_steps[i].From != i + 1)
                throw new InvalidOperationException($"Case upcaster {_steps[i].GetType().Name} reads version {_steps[i].From} but stands " +
                    $"at place {i + 1} of the chain: steps go oldest first, exactly one per version.");
        }
    }

    /// <summary>The version documents are written at: one past the last step.</summary>
    public int Current => _steps.Length + 1;

    /// <summary>The document's <c>schemaVersion</c>, or 1 when it has none (written before versions were kept).
    /// Scans the top level without building the document.</summary>
    public static int VersionOf(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw new JsonException("A stored case is not a JSON object.");
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isVersion = reader.ValueTextEquals(VersionProperty);
            reader.Read();
            if (isVersion) return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var version) ? version : 0;
            reader.Skip();
        }
        return 1;
    }

    /// <summary>The document brought up to <see cref="Current"/>, stamped with it.</summary>
    /// <exception cref="CaseDocumentVersionException">It was written by a newer release, or its version is not a version.</exception>
    public JsonObject ToCurrent(JsonObject document)
    {
        var version = document[VersionProperty] is null ? 1
            : document[VersionProperty] is JsonValue value && value.TryGetValue<int>(out var stated) ? stated : 0;
        if (version < 1 || version > Current) throw Refuse(document, version);
        for (; version < Current; version++) document = _steps[version - 1].Upcast(document);
        document[VersionProperty] = Current;
        return document;
    }

    private CaseDocumentVersionException Refuse(JsonObject document, int version)
    {
        var reference = document["reference"] is JsonValue r && r.TryGetValue<string>(out var text) ? text : "with no reference";
        return version < 1
            ? new CaseDocumentVersionException($"The stored case {reference} has a {VersionProperty} that is not a version number; it was left as stored.")
            : new CaseDocumentVersionException($"The stored case {reference} was written by a newer release of ComplaintsAssistant " +
                $"(document version {version}; this release reads versions 1 to {Current}). Update this instance before it reads or " +
                "changes the case: it was left as stored.");
    }
}
