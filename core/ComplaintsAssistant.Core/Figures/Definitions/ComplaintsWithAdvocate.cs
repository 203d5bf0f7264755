using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Figures.Facts;

namespace ComplaintsAssistant.Core.Figures.Definitions;

/// <summary>"Of the 17 children and young people making complaints during the year, 11 used an advocate to support them":
/// the value is the complaints an advocate supported, broken down by who made them, so the three-year table's total is the
/// published number; the population is what the published share is of (the complaints made by children and young people,
/// an advocate on their behalf included, and any other an advocate supported), and the note says what it is counted over.</summary>
internal sealed class ComplaintsWithAdvocate(string id, CaseKind kind) : IFigureDefinition
{
    public string Id => id;

    public string Label => $"{Kinds.Plural(kind)} where an advocate supported the child";

    public async Task<Figure> ComputeAsync(FigureRequest request, IFigureFacts facts, CancellationToken cancellationToken)
    {
        var counts = await facts.CountAsync(new FactQuery(FactTable.Cases, DateBasis.Received, request.Period.From, request.Period.To,
            [FactFilter.Is(FactField.Kind, FactValue.Of(kind))], [FactField.ByYoungPerson, FactField.SupportedByAdvocate], request.Teams),
            cancellationToken);
        // Facts kept from before the advocate was a fact have no value: no advocate was recorded for them.
        int Count(bool byYoungPerson, bool supported) => counts
            .Where(c => c.Keys[0] == FactValue.Of(byYoungPerson) && (c.Keys[1] == FactValue.Of(true)) == supported).Sum(c => c.Count);
        var young = Count(byYoungPerson: true, supported: true);
        var others = Count(byYoungPerson: false, supported: true);
        var supported = young + others;
        var population = supported + Count(byYoungPerson: true, supported: false);

        (string Label, int Count)[] rows = [.. new[] { (true, young), (false, others) }.Where(r => r.Item2 > 0)
            .Select(r => (FigureWords.Of(FactField.ByYoungPerson, FactValue.Of(r.Item1)), r.Item2))];
        var shares = Percentages.Shares(rows.Select(r => r.Count).ToArray(), request.Conventions.Rounding);
        // No count in the note: small numbers hidden in the table must stay hidden there.
        return new Figure(Id, Label, request.Period, FigureUnit.Count, supported, population,
            rows.Select((r, i) => new FigureRow(r.Label, r.Count, shares[i])).ToArray(),
            "By date received. Counted over the complaints made by children and young people (an advocate complaining on their behalf "
            + "included) and any other an advocate supported.");
    }
}
