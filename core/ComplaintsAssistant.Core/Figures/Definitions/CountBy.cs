using ComplaintsAssistant.Core.Figures.Facts;

namespace ComplaintsAssistant.Core.Figures.Definitions;

/// <summary>A count with its breakdown by one field ("Complaints by team", "Compliments by source"): the value is the
/// total, each row a group with its share ("Lack of communication — Upheld" when grouped by two fields). Concern counts follow the concern-counting convention.</summary>
internal sealed class CountBy(string id, string label, FactTable table, FactField[] by, params FactFilter[] where) : IFigureDefinition
{
    public string Id => id;
    public string Label => label;

    public async Task<Figure> ComputeAsync(FigureRequest request, IFigureFacts facts, CancellationToken cancellationToken)
    {
        var conventions = request.Conventions;
        List<FactFilter> filters = [.. where];
        var distinct = table == FactTable.Concerns && conventions.Concerns == ConcernCounting.DistinctPerComplaint;
        if (distinct) filters.Add(FactFilter.Is(FactField.FirstOfCategory, FactValue.Of(true)));

        // Tables with a second date (the Ombudsman's decision) follow the date-basis convention; the others go by date received.
        var basis = FactQuery.HasResponseDate(table) ? conventions.DateBasis : DateBasis.Received;
        var counts = await facts.CountAsync(new FactQuery(table, basis, request.Period.From, request.Period.To,
            filters, by, request.Teams), cancellationToken);
        var ordered = request.InTodaysTeams(counts, by).OrderByDescending(c => c.Count).ThenBy(RowLabel, StringComparer.Ordinal).ToArray();
        var shares = Percentages.Shares(ordered.Select(c => c.Count).ToArray(), conventions.Rounding);
        var rows = ordered.Select((c, i) => new FigureRow(RowLabel(c), c.Count, shares[i])).ToArray();
        var total = ordered.Sum(c => c.Count);

        var convention = basis == DateBasis.Received ? "By date received." : table == FactTable.Ombudsman ? "By the date the Ombudsman decided." : "By date responded.";
        if (table == FactTable.Concerns)
            convention += distinct ? " A category raised more than once in a complaint counted once." : " Concerns counted every time raised.";
        return new Figure(Id, Label, request.Period, FigureUnit.Count, total, total, rows, convention);
    }

    private string RowLabel(FactCount count) => string.Join(" — ", by.Select((field, i) => FigureWords.Of(field, count.Keys[i])));
}
