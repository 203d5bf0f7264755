namespace ComplaintsAssistant.Core.Figures.Facts;

/// <summary>The store's side of the figures: grouped counts over the fact rows it writes with every case save
/// (SQL GROUP BY on SQLite, an aggregate query on Cosmos), never loading a case. The contract suite runs on both.</summary>
public interface IFigureFacts
{
    /// <summary>How many rows of <see cref="FactQuery.Table"/> match, per combination of the grouped fields' values
    /// (one row with no keys when nothing is grouped and something matched; none when nothing matched).</summary>
    Task<IReadOnlyList<FactCount>> CountAsync(FactQuery query, CancellationToken cancellationToken = default);

    /// <summary>Cases saved by a release before figures, which have no facts yet, or whose facts use values since renamed
    /// (<see cref="FactsBackfill"/> saves them again).</summary>
    Task<IReadOnlyList<Guid>> CasesWithoutFactsAsync(int take, CancellationToken cancellationToken = default);
}

/// <param name="Keys">The grouped fields' values, in <see cref="FactQuery.GroupBy"/> order, written as <see cref="FactValue"/> writes them.</param>
/// <param name="Total">The sum of <see cref="FactQuery.Sum"/> over the group's rows (missing amounts add nothing); null when none was asked for.</param>
public sealed record FactCount(IReadOnlyList<string?> Keys, int Count, long? Total = null);
