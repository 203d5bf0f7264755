using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Core.Import;

/// <summary>What a record changes on the case an earlier import made. Only what the file carries is compared: the case's
/// identity, its audit, and what was added here since (learning actions, a summary) are the service's own and stay.</summary>
internal static class ImportedChanges
{
    private static readonly string[] Own = ["id", "reference", "receivedBy", "createdAt", "audit", "learningActions", "summary", "schemaVersion"];

    /// <summary>The names of the parts that differ (e.g. <c>stages</c>, <c>children</c>); empty when none do.</summary>
    public static IReadOnlyList<string> Between(CaseSnapshot stored, CaseSnapshot imported)
    {
        var before = Parts(stored);
        var after = Parts(imported);
        return [.. before.Keys.Union(after.Keys).Where(k => !JsonNode.DeepEquals(before.GetValueOrDefault(k), after.GetValueOrDefault(k))).Order()];
    }

    /// <summary>The stored case with the file's version of what the file carries.</summary>
    public static CaseSnapshot Apply(CaseSnapshot stored, CaseSnapshot imported) => imported with
    {
        Id = stored.Id,
        Reference = stored.Reference,
        ReceivedBy = stored.ReceivedBy,
        CreatedAt = stored.CreatedAt,
        Summary = stored.Summary,
        LearningActions = stored.LearningActions,
        Audit = stored.Audit,
    };

    private static Dictionary<string, JsonNode?> Parts(CaseSnapshot snapshot)
    {
        var json = JsonSerializer.SerializeToNode(snapshot, CaseJson.Options)!.AsObject();
        return json.Where(p => !Own.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value);
    }
}
