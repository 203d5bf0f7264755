using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Core.Storage.Upcasting;

/// <summary>One step in the history of the stored case document: takes a document as version <see cref="From"/> wrote
/// it and returns it as version <c>From + 1</c> would have. A step only reshapes the JSON: it reads nothing else (no
/// clock, no settings), so a document reads the same on every instance, every time.</summary>
public interface ICaseUpcaster
{
    int From { get; }

    JsonObject Upcast(JsonObject document);
}
