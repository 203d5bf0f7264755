using System.Text;
using ComplaintsAssistant.Core.Learning;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Cosmos.Items;
using Microsoft.Azure.Cosmos;

namespace ComplaintsAssistant.Store.Cosmos;

/// <summary>Lists answered from the indexed top-level fields, never by loading whole cases.</summary>
public sealed partial class CosmosCaseStore
{
    public async Task<IReadOnlyList<CaseSummary>> ListAsync(CaseQuery query, CancellationToken cancellationToken = default)
    {
        var take = Math.Clamp(query.Take, 0, CaseQuery.MaxTake);
        if (take == 0 || query.Teams is { Count: 0 }) return [];

        var where = new List<string>();
        var parameters = new List<(string Name, object Value)>();
        void Filter(string condition, string name, object value) { where.Add(condition); parameters.Add((name, value)); }

        if (query.Kind is { } kind) Filter("c.kind = @kind", "@kind", CosmosIo.Name(kind));
        if (query.Status is { } status) Filter("c.status = @status", "@status", CosmosIo.Name(status));
        if (query.OpenOnly) where.Add("c.isOpen = true");
        if (query.Owner is { } owner) Filter("c.owner = @owner", "@owner", owner);
        if (query.Teams is { } teams)
        {
            var names = teams.Select((_, i) => $"@team{i}").ToArray();
            where.Add($"c.team IN ({string.Join(", ", names)})");
            parameters.AddRange(names.Zip(teams, (n, t) => (n, (object)t)));
        }
        if (query.ReceivedFrom is { } from) Filter("c.receivedOn >= @from", "@from", CosmosIo.Day(from));
        if (query.ReceivedTo is { } to) Filter("c.receivedOn <= @to", "@to", CosmosIo.Day(to));
        // On the sort field, so the composite index serves filter and order; undated cases sort after any real day.
        if (query.DueOnOrBefore is { } due) Filter("c.dueSort <= @due", "@due", CaseItem.SortKey(due));

        var order = ListOrder.For(query.Owner is not null, query.Teams is { Count: 1 }, query.OpenOnly);
        var sql = new StringBuilder("SELECT c.id, c.reference, c.kind, c.status, c.team, c.owner, c.receivedOn, c.stage, c.dueOn, c.promptOn FROM c");
        if (where.Count > 0) sql.Append(" WHERE ").AppendJoin(" AND ", where);
        sql.Append(" ORDER BY ").AppendJoin(", ", order.Select(f => $"c.{f} ASC"));
        sql.Append(" OFFSET @skip LIMIT @take");
        parameters.Add(("@skip", Math.Max(0, query.Skip)));
        parameters.Add(("@take", take));

        var definition = new QueryDefinition(sql.ToString());
        foreach (var (name, value) in parameters) definition = definition.WithParameter(name, value);
        return await CosmosIo.ListAsync<CaseSummary>((await ContainersAsync(cancellationToken)).Cases, definition, cancellationToken);
    }

    /// <summary>Read straight from the case items (JOIN over their learning actions), so the list is never stale and
    /// no second write is needed. Cosmos cannot ORDER BY a JOINed field, so the filtered rows are ordered here:
    /// a council has tens of actions a year, not thousands (docs/cosmos.md says what to do if that changes).</summary>
    public async Task<IReadOnlyList<LearningActionEntry>> ListLearningActionsAsync(LearningQuery query, CancellationToken cancellationToken = default)
    {
        if (query.Teams is { Count: 0 } || query.Take <= 0) return [];
        var where = new List<string>();
        var parameters = new List<(string Name, object Value)>();
        if (query.OpenOnly)
        {
            where.Add("a.status IN (@open, @inProgress)");
            parameters.Add(("@open", CosmosIo.Name(LearningStatus.Open)));
            parameters.Add(("@inProgress", CosmosIo.Name(LearningStatus.InProgress)));
        }
        if (query.Teams is { } teams)
        {
            var names = teams.Select((_, i) => $"@team{i}").ToArray();
            where.Add($"c.team IN ({string.Join(", ", names)})");
            parameters.AddRange(names.Zip(teams, (n, t) => (n, (object)t)));
        }
        if (query.Department is { } department) { where.Add("a.department = @department"); parameters.Add(("@department", department)); }
        if (query.Owner is { } owner) { where.Add("a.owner = @owner"); parameters.Add(("@owner", owner)); }
        if (query.PlanFor is { } year)
        {
            where.Add("a.targetDate <= @planTo AND (a.targetDate >= @planFrom OR (a.status != @cancelled AND (NOT IS_DEFINED(a.completedOn) OR a.completedOn >= @planFrom)))");
            parameters.AddRange([("@planFrom", CosmosIo.Day(year.From)), ("@planTo", CosmosIo.Day(year.To)), ("@cancelled", CosmosIo.Name(LearningStatus.Cancelled))]);
        }
        if (query.CompletedIn is { } period)
        {
            where.Add("a.status = @completed AND a.completedOn >= @doneFrom AND a.completedOn <= @doneTo");
            parameters.AddRange([("@completed", CosmosIo.Name(LearningStatus.Completed)), ("@doneFrom", CosmosIo.Day(period.From)), ("@doneTo", CosmosIo.Day(period.To))]);
        }

        var sql = "SELECT c.id AS caseId, c.reference AS caseReference, c.team, a AS action FROM c JOIN a IN c.doc.learningActions";
        if (where.Count > 0) sql += " WHERE " + string.Join(" AND ", where);
        var definition = new QueryDefinition(sql);
        foreach (var (name, value) in parameters) definition = definition.WithParameter(name, value);

        var rows = await CosmosIo.ListAsync<LearningActionEntry>((await ContainersAsync(cancellationToken)).Cases, definition, cancellationToken);
        return rows
            .OrderBy(r => r.Action.TargetDate)
            .ThenBy(r => r.CaseReference, StringComparer.Ordinal)
            .ThenBy(r => r.Action.Number)
            .Take(query.Take)
            .ToArray();
    }
}
