using Microsoft.Azure.Cosmos;

namespace ComplaintsAssistant.Store.Cosmos.Indexing;

/// <summary>What a container's indexing policy lacks of the policy this release needs (<see cref="CosmosSchema"/>):
/// included paths (a policy that includes <c>/*</c> has them all) and composite indexes (path and order, in order).
/// Anything more the container indexes is left to whoever added it.</summary>
internal static class IndexingGap
{
    public static IReadOnlyList<string> Missing(IndexingPolicy existing, IndexingPolicy needed)
    {
        var indexesEverything = existing.IncludedPaths.Any(p => p.Path == "/*");
        var included = existing.IncludedPaths.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        var composites = existing.CompositeIndexes.Select(Describe).ToHashSet(StringComparer.Ordinal);
        var mode = existing.IndexingMode == needed.IndexingMode ? [] : new[] { $"indexing mode {needed.IndexingMode}" };
        return mode
            .Concat(needed.IncludedPaths.Select(p => p.Path).Where(path => !indexesEverything && !included.Contains(path)))
            .Concat(needed.CompositeIndexes.Select(Describe).Where(composite => !composites.Contains(composite)))
            .ToArray();
    }

    private static string Describe(IEnumerable<CompositePath> composite) =>
        "(" + string.Join(", ", composite.Select(p => $"{p.Path} {p.Order.ToString().ToLowerInvariant()}")) + ")";
}
