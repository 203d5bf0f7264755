using System.Text;
using System.Text.Json;
using ComplaintsAssistant.Core.Figures.Facts;
using Microsoft.Azure.Cosmos;

namespace ComplaintsAssistant.Store.Cosmos;

/// <summary>Figures as one aggregate query over the facts each case item carries (and, the same query in meta, the facts
/// kept from destroyed cases): <c>SELECT … COUNT(1) FROM c JOIN f IN
/// c.figureStages WHERE … GROUP BY …</c>, never reading a case document.</summary>
public sealed partial class CosmosCaseStore : IFigureFacts
{
    public async Task<IReadOnlyList<FactCount>> CountAsync(FactQuery query, CancellationToken cancellationToken = default)
    {
        query.Validate();
        if (query.Teams is { Count: 0 }) return [];
        var array = query.Table switch
        {
            FactTable.Cases => "figureCases",
            FactTable.Stages => "figureStages",
            FactTable.Children => "figureChildren",
            _ => "figureConcerns",
        };
        var date = query.Basis == DateBasis.Responded ? "f.respondedOn" : "f.receivedOn";
        var where = new List<string> { $"{date} >= @from", $"{date} <= @to" };
        var parameters = new List<(string Name, object Value)> { ("@from", CosmosIo.Day(query.From)), ("@to", CosmosIo.Day(query.To)) };
        string Parameter(object value)
        {
            var name = $"@p{parameters.Count}";
            parameters.Add((name, value));
            return name;
        }
        foreach (var filter in query.Where)
        {
            var path = Path(filter.Field);
            var matches = filter.Values.Where(v => v is not null).Select(v => $"{path} = {Parameter(Stored(filter.Field, v!))}").ToList();
            if (filter.Values.Any(v => v is null)) matches.Add($"(NOT IS_DEFINED({path}) OR IS_NULL({path}))");
            where.Add(matches.Count == 0 ? "false" : $"({string.Join(" OR ", matches)})");
        }
        if (query.Teams is { } teams) where.Add($"f.team IN ({string.Join(", ", teams.Select(t => Parameter(t)))})");

        var groups = query.GroupBy.Select(Path).ToArray();
        var sql = new StringBuilder("SELECT ");
        sql.AppendJoin("", groups.Select((g, i) => $"{g} AS k{i}, ")).Append("COUNT(1) AS n FROM c JOIN f IN c.").Append(array);
        sql.Append(" WHERE ").AppendJoin(" AND ", where);
        if (groups.Length > 0) sql.Append(" GROUP BY ").AppendJoin(", ", groups);

        var definition = new QueryDefinition(sql.ToString());
        foreach (var (name, value) in parameters) definition = definition.WithParameter(name, value);
        // The case items' facts, and destroyed cases' facts kept anonymous in meta (decision 0017-retention), summed per group.
        var containers = await ContainersAsync(cancellationToken);
        var rows = (await Task.WhenAll(CosmosIo.ListAsync<JsonElement>(containers.Cases, definition, cancellationToken),
            CosmosIo.ListAsync<JsonElement>(containers.Meta, definition, cancellationToken))).SelectMany(r => r);
        return rows
            .Select(row => new FactCount(groups.Select((_, i) => Key(row, $"k{i}")).ToArray(), row.TryGetProperty("n", out var n) ? n.GetInt32() : 0))
            .GroupBy(c => string.Join('\u001f', c.Keys.Select(k => k is null ? "\u0000" : "=" + k)))
            .Select(g => new FactCount(g.First().Keys, g.Sum(c => c.Count)))
            .Where(c => c.Count > 0)
            .ToArray();
    }

    public async Task<IReadOnlyList<Guid>> CasesWithoutFactsAsync(int take, CancellationToken cancellationToken = default)
    {
        // Also facts written before document version 2: they lack the children and name an out-of-jurisdiction outcome
        // "Rejected". Saving the case again rewrites them (docs/decisions/0012-figures-vocabulary.md).
        var query = new QueryDefinition("SELECT VALUE c.id FROM c WHERE NOT IS_DEFINED(c.figureCases) OR NOT IS_DEFINED(c.figureChildren)"
            + " OR EXISTS(SELECT VALUE s FROM s IN c.figureStages WHERE s.outcome = 'Rejected')"
            + " OR EXISTS(SELECT VALUE k FROM k IN c.figureConcerns WHERE k.outcome = 'Rejected') OFFSET 0 LIMIT @take").WithParameter("@take", take);
        var ids = await CosmosIo.ListAsync<string>((await ContainersAsync(cancellationToken)).Cases, query, cancellationToken);
        return ids.Select(Guid.Parse).ToArray();
    }

    /// <summary>camelCase of the field's name, as the fact items are written; only known fields reach the SQL text.</summary>
    private static string Path(FactField field) => "f." + JsonNamingPolicy.CamelCase.ConvertName(field.ToString());

    private static object Stored(FactField field, string value) => field switch
    {
        FactField.ByYoungPerson or FactField.IsFurthest or FactField.WithinStatutory or FactField.WithinExtended or FactField.FirstOfCategory
            => value == FactValue.Of(true),
        FactField.Stage or FactField.FurthestStage => int.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };

    private static string? Key(JsonElement row, string name) =>
        !row.TryGetProperty(name, out var value) ? null : value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.True => FactValue.Of(true),
            JsonValueKind.False => FactValue.Of(false),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
}
