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
            FactTable.Concerns => "figureConcerns",
            FactTable.Payments => "figurePayments",
            FactTable.Ombudsman => "figureOmbudsman",
            FactTable.Escalations => "figureEscalations",
            _ => "figureResolutions",
        };
        var date = query.Basis != DateBasis.Responded ? "f.receivedOn" : query.Table == FactTable.Ombudsman ? "f.decidedOn" : "f.respondedOn";
        var where = new List<string> { $"{date} >= @from", $"{date} <= @to" };
        var parameters = new List<(string Name, object Value)> { ("@from", CosmosIo.Day(query.From)), ("@to", CosmosIo.Day(query.To)) };
        string Parameter(object value)
        {
            var name = $"@p{parameters.Count}";
            parameters.Add((name, value));
            return name;
        }
        var asAt = query.AsAt is { } day ? Parameter(CosmosIo.Day(day)) : null;
        string Path(FactField field) => query.Table == FactTable.Stages ? StagePath(field, asAt) : PathOf(field);
        if (asAt is not null) where.Add($"f.openedOn <= {asAt}");
        if (asAt is not null && query.Basis == DateBasis.Responded) where.Add($"f.respondedOn <= {asAt}");
        foreach (var filter in query.Where)
        {
            var path = Path(filter.Field);
            var matches = filter.Values.Where(v => v is not null).Select(v => $"{path} = {Parameter(Stored(filter.Field, v!))}").ToList();
            if (filter.Values.Any(v => v is null)) matches.Add($"(NOT IS_DEFINED({path}) OR IS_NULL({path}))");
            where.Add(matches.Count == 0 ? "false" : $"({string.Join(" OR ", matches)})");
        }
        if (query.Teams is { } teams) where.Add($"f.team IN ({string.Join(", ", teams.Select(t => Parameter(t)))})");

        // Cosmos SQL has no date arithmetic the test server runs, so calendar days are counted by the two dates they lie
        // between (grouped on beside the figure's own groups) and worked out here.
        var calendarDays = query.Sum == FactField.CalendarDays;
        var groups = query.GroupBy.Select(Path).Concat(calendarDays ? [Path(FactField.OpenedOn), Path(FactField.RespondedOn)] : []).ToArray();
        var sql = new StringBuilder("SELECT ");
        sql.AppendJoin("", groups.Select((g, i) => $"{g} AS k{i}, ")).Append("COUNT(1) AS n");
        if (query.Sum is { } sum && !calendarDays) sql.Append(", SUM(").Append(Path(sum)).Append(") AS t");
        sql.Append(" FROM c JOIN f IN c.").Append(array);
        sql.Append(" WHERE ").AppendJoin(" AND ", where);
        if (groups.Length > 0) sql.Append(" GROUP BY ").AppendJoin(", ", groups);

        var definition = new QueryDefinition(sql.ToString());
        foreach (var (name, value) in parameters) definition = definition.WithParameter(name, value);
        // The case items' facts, and destroyed cases' facts kept anonymous in meta (decision 0017-retention), summed per group.
        var containers = await ContainersAsync(cancellationToken);
        var rows = (await Task.WhenAll(CosmosIo.ListAsync<JsonElement>(containers.Cases, definition, cancellationToken),
            CosmosIo.ListAsync<JsonElement>(containers.Meta, definition, cancellationToken))).SelectMany(r => r);
        return rows
            .Select(row => new FactCount(groups.Select((_, i) => Key(row, $"k{i}")).ToArray(), row.TryGetProperty("n", out var n) ? n.GetInt32() : 0,
                query.Sum is null ? null : row.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt64() : 0))
            .Select(c => calendarDays ? CalendarDaysOf(c, query.GroupBy.Count) : c)
            .GroupBy(c => string.Join('\u001f', c.Keys.Select(k => k is null ? "\u0000" : "=" + k)))
            .Select(g => new FactCount(g.First().Keys, g.Sum(c => c.Count), g.First().Total is null ? null : g.Sum(c => c.Total ?? 0)))
            .Where(c => c.Count > 0)
            .ToArray();
    }

    public async Task<IReadOnlyList<Guid>> CasesWithoutFactsAsync(int take, CancellationToken cancellationToken = default)
    {
        // Facts written before payments, the Ombudsman, escalations and resolutions had theirs lack those arrays.
        // Also facts written before document version 2: they lack the children and name an out-of-jurisdiction outcome
        // "Rejected". Saving the case again rewrites them (docs/decisions/0012-figures-vocabulary.md). And case facts written
        // before whether an advocate supported the child was one.
        var query = new QueryDefinition("SELECT VALUE c.id FROM c WHERE NOT IS_DEFINED(c.figureCases) OR NOT IS_DEFINED(c.figureChildren)"
            + " OR NOT IS_DEFINED(c.figureCases[0].supportedByAdvocate)"
            + " OR NOT IS_DEFINED(c.figurePayments) OR NOT IS_DEFINED(c.figureOmbudsman) OR NOT IS_DEFINED(c.figureEscalations) OR NOT IS_DEFINED(c.figureResolutions)"
            + " OR EXISTS(SELECT VALUE s FROM s IN c.figureStages WHERE s.outcome = 'Rejected')"
            + " OR EXISTS(SELECT VALUE k FROM k IN c.figureConcerns WHERE k.outcome = 'Rejected') OFFSET 0 LIMIT @take").WithParameter("@take", take);
        var ids = await CosmosIo.ListAsync<string>((await ContainersAsync(cancellationToken)).Cases, query, cancellationToken);
        return ids.Select(Guid.Parse).ToArray();
    }

    /// <summary>A count grouped by a stage's opening and answer dates after the figure's <paramref name="keys"/> keys, as
    /// the count of those keys with the calendar days between the dates as its total (none while unanswered).</summary>
    private static FactCount CalendarDaysOf(FactCount count, int keys)
    {
        static int? DayNumber(string? day) => day is null ? null : DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).DayNumber;
        var days = DayNumber(count.Keys[keys + 1]) - DayNumber(count.Keys[keys]) ?? 0;
        return new FactCount(count.Keys.Take(keys).ToArray(), count.Count, (long)days * count.Count);
    }

    /// <summary>camelCase of the field's name, as the fact items are written; only known fields reach the SQL text.</summary>
    private static string PathOf(FactField field) => "f." + JsonNamingPolicy.CamelCase.ConvertName(field.ToString());

    /// <summary>A stage fact's field, its case's member type (the item's one case fact), and each as it stood at the end of
    /// <paramref name="asAt"/> when one is given (<see cref="StatusAsAt"/>).</summary>
    private static string StagePath(FactField field, string? asAt) => field switch
    {
        FactField.MemberType => "c.figureCases[0].memberType",
        _ when asAt is null => PathOf(field),
        FactField.IsFurthest => $"(NOT EXISTS(SELECT VALUE n FROM n IN c.figureStages WHERE n.stage = f.stage + 1 AND n.openedOn <= {asAt}))",
        _ when StatusAsAt.ResponseFields.Contains(field) =>
            $"((IS_STRING(f.respondedOn) AND f.respondedOn > {asAt}) ? null : {PathOf(field)})",
        _ => PathOf(field),
    };

    private static object Stored(FactField field, string value) => field switch
    {
        FactField.ByYoungPerson or FactField.SupportedByAdvocate or FactField.IsFurthest or FactField.WithinStatutory or FactField.WithinExtended or FactField.FirstOfCategory
            or FactField.Remedied or FactField.AdrHeld or FactField.AdrResolved or FactField.Progressed
            => value == FactValue.Of(true),
        FactField.Stage or FactField.FurthestStage or FactField.ToStage or FactField.WorkingDays => int.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
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
