using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Figures.Facts;

namespace ComplaintsAssistant.Core.Figures.Definitions;

/// <summary>"Remedies": Ombudsman enquiries where the Ombudsman asked the council to put something right, how many and the
/// remedy payments it asked for in pounds and pence (£1,000 for delay and distress), by the Ombudsman's finding.</summary>
internal sealed class OmbudsmanRemedies : IFigureDefinition
{
    public string Id => "ombudsman.remedies";

    public string Label => "Ombudsman remedies and remedy payments";

    public async Task<Figure> ComputeAsync(FigureRequest request, IFigureFacts facts, CancellationToken cancellationToken)
    {
        var basis = request.Conventions.DateBasis;
        var counts = await facts.CountAsync(new FactQuery(FactTable.Ombudsman, basis, request.Period.From, request.Period.To,
            [FactFilter.Is(FactField.Kind, FactValue.Of(CaseKind.OmbudsmanEnquiry)), FactFilter.Is(FactField.Remedied, FactValue.Of(true))],
            [FactField.Finding], request.Teams, FactField.RemedyPence), cancellationToken);
        var ordered = counts.OrderByDescending(c => c.Count).ThenBy(c => FigureWords.Of(FactField.Finding, c.Keys[0]), StringComparer.Ordinal).ToArray();
        var shares = Percentages.Shares(ordered.Select(c => c.Count).ToArray(), request.Conventions.Rounding);
        var rows = ordered.Select((c, i) => new FigureRow(FigureWords.Of(FactField.Finding, c.Keys[0]), c.Count, shares[i],
            Amount: Money.Pounds(c.Total ?? 0))).ToArray();
        var remedied = ordered.Sum(c => c.Count);
        return new Figure(Id, Label, request.Period, FigureUnit.Pounds, remedied, remedied, rows,
            (basis == DateBasis.Received ? "Enquiries received in the period" : "Enquiries the Ombudsman decided in the period")
            + " where the Ombudsman asked for a remedy, by its finding; the amount is the remedy payments it asked for.",
            Amount: Money.Pounds(ordered.Sum(c => c.Total ?? 0)));
    }
}
