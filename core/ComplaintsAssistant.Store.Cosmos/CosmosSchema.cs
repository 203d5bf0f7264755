using Microsoft.Azure.Cosmos;

namespace ComplaintsAssistant.Store.Cosmos;

/// <summary>The two containers and their indexing policies. Both are partitioned on <c>/id</c>: every item is
/// its own logical partition, so writes spread evenly and every case is one point read.</summary>
public static class CosmosSchema
{
    public const string PartitionKeyPath = "/id";

    /// <summary>Only the fields lists, the scheduler, figures and learning filter on are indexed; the case document
    /// itself is not, which keeps a write's RU charge independent of how long a case's history grows.</summary>
    public static readonly string[] CaseIndexedPaths =
    [
        "/reference/?", "/kind/?", "/status/?", "/isOpen/?", "/team/?", "/owner/?", "/receivedOn/?", "/stage/?",
        "/dueOn/?", "/dueSort/?", "/intakeKey/?", "/promptOn/?",
        "/doc/learningActions/[]/status/?", "/doc/learningActions/[]/department/?", "/doc/learningActions/[]/owner/?",
        "/doc/learningActions/[]/targetDate/?",
        "/figureCases/*", "/figureStages/*", "/figureConcerns/*", "/figureChildren/*",
        "/figurePayments/*", "/figureOmbudsman/*", "/figureEscalations/*", "/figureResolutions/*",
        "/personKeys/[]/?",
    ];

    /// <summary>The deadline scheduler's keyset order (<see cref="CosmosCaseStore.ListPromptCandidatesAsync"/>).</summary>
    public static readonly string[] PromptOrder = ["promptOn", "reference"];

    public static ContainerProperties Cases(string name)
    {
        var properties = new ContainerProperties(name, PartitionKeyPath) { IndexingPolicy = Policy(CaseIndexedPaths) };
        foreach (var fields in ListOrder.CompositeIndexes.Append(PromptOrder))
        {
            var composite = new System.Collections.ObjectModel.Collection<CompositePath>();
            foreach (var field in fields) composite.Add(new CompositePath { Path = "/" + field, Order = CompositePathSortOrder.Ascending });
            properties.IndexingPolicy.CompositeIndexes.Add(composite);
        }
        return properties;
    }

    /// <summary>Meta items are read by id; only the type is indexed, for exporting sequences; the prompt ledger's
    /// state and time, for the prompts not yet sent (the officers' digest, retries); the triage drafts' time, for the
    /// complaints mailbox's drafts waiting for an officer, oldest first; the access log's case, reader and time, for a
    /// case's reads and a person's reads in a period; emails' senders' person-index key, for a subject access search; the
    /// case and reference, for erasing what names a destroyed case; the disposal records' day; and the figure facts kept
    /// from destroyed cases, which the figures query as on case items.</summary>
    public static readonly string[] MetaIndexedPaths =
    [
        "/type/?", "/state/?", "/updatedAt/?", "/draftedAt/?", "/caseId/?", "/readerId/?", "/atTicks/?", "/personKey/?", "/reference/?", "/disposedOn/?",
        "/figureCases/*", "/figureStages/*", "/figureConcerns/*", "/figureChildren/*",
        "/figurePayments/*", "/figureOmbudsman/*", "/figureEscalations/*", "/figureResolutions/*",
    ];

    public static ContainerProperties Meta(string name) =>
        new(name, PartitionKeyPath) { IndexingPolicy = Policy(MetaIndexedPaths) };

    private static IndexingPolicy Policy(IEnumerable<string> included)
    {
        var policy = new IndexingPolicy { Automatic = true, IndexingMode = IndexingMode.Consistent };
        foreach (var path in included) policy.IncludedPaths.Add(new IncludedPath { Path = path });
        policy.ExcludedPaths.Add(new ExcludedPath { Path = "/*" });
        return policy;
    }
}
